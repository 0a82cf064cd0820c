package io.specgraph.engine.view.graph;

import java.util.Objects;

/**
 * A view ready to draw: what is visible and where it goes. Computed off the UI thread, immutable.
 *
 * @param graph  the visible nodes and edges
 * @param layout their boxes
 * @param query  the query it answers
 */
public record LaidOutGraph(VisibleGraph graph, GraphLayout layout, GraphQuery query) {

    public static final LaidOutGraph EMPTY = new LaidOutGraph(VisibleGraph.EMPTY, GraphLayout.EMPTY, GraphQuery.ALL);

    public LaidOutGraph {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(query, "query");
    }

    /** Selects and lays out in one go. */
    public static LaidOutGraph of(GraphIndex index, GraphQuery query) {
        VisibleGraph g = GraphSelection.select(index, query);
        return new LaidOutGraph(g, GraphLayouts.of(g), query);
    }
}
