/**
 * Reading documents without losing a byte: the lossless {@link io.specgraph.parse.Document}, metadata from every
 * source (front matter, {@code ## Metadata}, bold labels, sidecars), one reader per layout (seed, spec-kit,
 * OpenSpec, ADR, context, spec-graph.json), and minimal-diff edits. Readers never throw on content: whatever is
 * odd becomes a {@link io.specgraph.model.Finding} with file and line.
 */
package io.specgraph.parse;
