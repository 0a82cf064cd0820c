package io.specgraph.engine.view.graph;

/**
 * Chooses the layout: ELK layered up to {@link #ELK_LIMIT} visible nodes, the banded layering above. ELK with
 * partitioned layers grows steeply (measured on a generated workspace: about 1 s for 570 nodes, 17 s for 2,090)
 * while the banded layering takes a few milliseconds at 5,000.
 */
public final class GraphLayouts {

    /** The most visible nodes ELK lays out. */
    public static final int ELK_LIMIT = 300;

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
