/**
 * Composes reading and graph building: loads a workspace (repo folders or a workspace file), reads every unit of
 * every repo in parallel, builds the {@link io.specgraph.graph.SpecGraph}, and applies edits. The one place that
 * knows both {@code parse} and {@code graph}; the CLI and the GUI both go through it.
 */
package io.specgraph.engine;
