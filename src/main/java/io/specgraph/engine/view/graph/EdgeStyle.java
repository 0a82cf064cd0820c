package io.specgraph.engine.view.graph;

import io.specgraph.model.EdgeKind;

/**
 * One look per edge kind, shared by the viewer's stylesheet and the SVG export: a colour, a width and whether the
 * line is dashed. Blocking is red and dashed; the spine (implements, child, part-of) is solid.
 */
public enum EdgeStyle {
    IMPLEMENTS(EdgeKind.IMPLEMENTS, "#1a7f37", 2.0, false),
    CHILD(EdgeKind.CHILD, "#0969da", 1.5, false),
    PART_OF(EdgeKind.PART_OF, "#bf3989", 2.0, false),
    DEPENDS_ON(EdgeKind.DEPENDS_ON, "#9a6700", 1.5, false),
    BLOCKED_BY(EdgeKind.BLOCKED_BY, "#d1242f", 2.5, true),
    GOVERNED_BY(EdgeKind.GOVERNED_BY, "#8c959f", 1.0, true),
    USES_CONTEXT(EdgeKind.USES_CONTEXT, "#6e7781", 1.0, true),
    CONSUMES(EdgeKind.CONSUMES, "#9a6700", 1.0, true),
    SUPERSEDES(EdgeKind.SUPERSEDES, "#cf222e", 1.5, false),
    MODIFIES(EdgeKind.MODIFIES, "#8250df", 1.5, false),
    FOLLOW_UP(EdgeKind.FOLLOW_UP, "#bc4c00", 1.5, true),
    AFFECTS(EdgeKind.AFFECTS, "#afb8c1", 1.0, true);

    private final EdgeKind kind;
    private final String colour;
    private final double width;
    private final boolean dashed;

    EdgeStyle(EdgeKind kind, String colour, double width, boolean dashed) {
        this.kind = kind;
        this.colour = colour;
        this.width = width;
        this.dashed = dashed;
    }

    public static EdgeStyle of(EdgeKind kind) {
        return valueOf(kind.name());
    }

    public EdgeKind kind() {
        return kind;
    }

    public String colour() {
        return colour;
    }

    public double width() {
        return width;
    }

    public boolean dashed() {
        return dashed;
    }

    /** The style class of this kind ({@code e-blocked-by}). */
    public String styleClass() {
        return "e-" + kind.label();
    }
}
