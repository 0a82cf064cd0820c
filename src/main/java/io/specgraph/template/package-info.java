/**
 * Templates and writing edits back: the minimal-diff metadata editor (replace one value in place, append or remove
 * one list item, add one missing key where the document keeps its metadata); the built-in templates and the
 * catalog that lets a repo's own templates win; template → form definitions (typed fields, sections with guidance
 * and the rules that require them) rendered back byte for byte; id numbering. Toolkit-free, and independent of the
 * graph: workspace knowledge (lifecycle states, the gates policy) comes in as a
 * {@link io.specgraph.template.FormContext}.
 */
package io.specgraph.template;
