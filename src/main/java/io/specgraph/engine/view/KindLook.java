package io.specgraph.engine.view;

import io.specgraph.model.NodeKind;

/**
 * One look per node kind, the same in the app (tree, graph, legend, boards) and in the static report: an icon
 * (Ikonli Material Design 2 literal), a colour that reads on light and dark backgrounds, and a graph shape.
 */
public enum KindLook {
    CONSTITUTION(NodeKind.CONSTITUTION, "mdi2s-scale-balance", "#8250df", "box"),
    INITIATIVE(NodeKind.INITIATIVE, "mdi2f-flag-outline", "#bf3989", "rounded-box"),
    PLATFORM_SPEC(NodeKind.PLATFORM_SPEC, "mdi2l-layers-outline", "#0969da", "rounded-box"),
    COMPONENT_SPEC(NodeKind.COMPONENT_SPEC, "mdi2p-puzzle-outline", "#1a7f37", "rounded-box"),
    CONTRACT(NodeKind.CONTRACT, "mdi2h-handshake-outline", "#9a6700", "box"),
    ADR(NodeKind.ADR, "mdi2g-gavel", "#cf222e", "diamond"),
    CONTEXT_PACK(NodeKind.CONTEXT_PACK, "mdi2p-package-variant-closed", "#6e7781", "box"),
    DOMAIN(NodeKind.DOMAIN, "mdi2d-domain", "#1b7c83", "circle"),
    BUG(NodeKind.BUG, "mdi2b-bug-outline", "#bc4c00", "rounded-box"),
    HOTFIX(NodeKind.HOTFIX, "mdi2f-fire", "#d1242f", "rounded-box"),
    CAPABILITY(NodeKind.CAPABILITY, "mdi2s-star-outline", "#116329", "rounded-box"),
    CHANGE(NodeKind.CHANGE, "mdi2s-source-branch", "#8c959f", "rounded-box"),
    PLAN(NodeKind.PLAN, "mdi2m-map-outline", "#57606a", "box"),
    TASKS(NodeKind.TASKS, "mdi2c-checkbox-marked-outline", "#57606a", "box");

    private final NodeKind kind;
    private final String icon;
    private final String colour;
    private final String shape;

    KindLook(NodeKind kind, String icon, String colour, String shape) {
        this.kind = kind;
        this.icon = icon;
        this.colour = colour;
        this.shape = shape;
    }

    public static KindLook of(NodeKind kind) {
        return valueOf(kind.name());
    }

    public NodeKind kind() {
        return kind;
    }

    /** The Ikonli literal ({@code mdi2g-gavel}). */
    public String icon() {
        return icon;
    }

    /** A CSS colour ({@code #0969da}). */
    public String colour() {
        return colour;
    }

    /** A GraphStream shape name ({@code diamond}). */
    public String shape() {
        return shape;
    }
}
