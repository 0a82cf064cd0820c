/**
 * Toolkit-free views of a loaded workspace that the GUI, the static report and {@code render} share: per-node
 * health, the boards (reviewer queue, ADR board, initiatives, matrix) and the graph view's selection and layout.
 * Pure functions of an immutable {@link io.specgraph.engine.Workspace} snapshot.
 */
package io.specgraph.engine.view;
