/**
 * The graph view without a toolkit: which nodes and edges a view shows (filters, text search, focus with a
 * neighbourhood depth, grouping into collapsed repo / domain / initiative nodes, a shortest path between two nodes),
 * where they go (ELK layered for ordinary views, an own banded layering for big ones) and the view as SVG. Pure
 * functions of an immutable {@link io.specgraph.engine.Workspace} snapshot; the JavaFX viewer in
 * {@code io.specgraph.ui.graphview} only draws what these compute.
 */
package io.specgraph.engine.view.graph;
