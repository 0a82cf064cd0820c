/**
 * The OpenSpec reader's parsers, faithful to the {@code openspec} CLI (npm {@code @fission-ai/openspec} 1.13):
 * its section tree, requirement and delta readers, code-fence mask, task counting and numbering, change metadata
 * ({@code .openspec.yaml}) and project settings, with 1-based lines of the original files. Specgraph's general
 * {@link io.specgraph.parse.MarkdownScan} knows setext headings and HTML comments; OpenSpec does not, so these
 * parsers do not use it for anything the validator rules read.
 */
package io.specgraph.parse.openspec;
