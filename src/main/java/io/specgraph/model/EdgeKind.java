package io.specgraph.model;

/** The kinds of edge in the spec graph (model.md §5). */
public enum EdgeKind {
    IMPLEMENTS("implements"),
    CHILD("child"),
    PART_OF("part-of"),
    DEPENDS_ON("depends-on"),
    BLOCKED_BY("blocked-by"),
    GOVERNED_BY("governed-by"),
    USES_CONTEXT("uses-context"),
    CONSUMES("consumes"),
    SUPERSEDES("supersedes"),
    MODIFIES("modifies"),
    FOLLOW_UP("follow-up"),
    AFFECTS("affects");

    private final String label;

    EdgeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
