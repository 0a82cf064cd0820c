package io.specgraph.engine.view.graph;

/**
 * Chooses the layout: ELK layered up to {@link #ELK_LIMIT} visible nodes, the banded layering above (ELK's wide
 * layers make big views unreadable, and it takes seconds there).
 */
public final class GraphLayouts {

    /** The most visible nodes ELK lays out. */
    public static final int ELK_LIMIT = 400;

    private GraphLayouts() {
    }

    public static GraphLayout of(VisibleGraph g) {
        if (g.nodes().isEmpty()) {
            return GraphLayout.EMPTY;
        }
        return g.nodes().size() <= ELK_LIMIT ? ElkLayout.layout(g) : BandLayout.layout(g);
    }

    /** ELK layered whatever the size (benchmarks, tests). */
    public static GraphLayout elk(VisibleGraph g) {
        return g.nodes().isEmpty() ? GraphLayout.EMPTY : ElkLayout.layout(g);
    }

    /** The banded layering whatever the size (benchmarks, tests). */
    public static GraphLayout banded(VisibleGraph g) {
        return g.nodes().isEmpty() ? GraphLayout.EMPTY : BandLayout.layout(g);
    }
}
