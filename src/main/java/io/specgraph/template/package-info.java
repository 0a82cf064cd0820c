/**
 * Templates and writing edits back: the minimal-diff metadata editor (replace one value in place, append or remove
 * one list item, add one missing key where the document keeps its metadata), and later the template-driven forms.
 */
package io.specgraph.template;
