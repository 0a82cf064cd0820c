package io.specgraph.graph;

/** Ids of the graph and lifecycle rules (gates.md §2). Documented in {@code docs/rules.md}. */
public final class GraphRules {

    /** A reference that resolves to nothing, or to more than one node. */
    public static final String DANGLING = "LG1";
    /** {@code children} of a platform spec and {@code implements} of component specs disagree. */
    public static final String ONE_SIDED = "LG2";
    /** {@code spec-graph.json} disagrees with the documents. */
    public static final String DRIFT = "LG3";
    /** A cycle in implements, supersedes or blocked-by. */
    public static final String CYCLE = "LG4";
    /** A status that maps to no lifecycle state. */
    public static final String UNKNOWN_STATUS = "LC1";
    /** Specgraph failed on a node (a defect, reported instead of failing the whole run); the same id as a reader failure. */
    public static final String INTERNAL = "RD0";
    /** Two documents claim the same id in one repo. */
    public static final String DUPLICATE_ID = "RD8";

    private GraphRules() {
    }
}
