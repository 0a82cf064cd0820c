package io.specgraph.ui.common;

import io.specgraph.model.NodeKind;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * One look per node kind, used alike by the tree, the graph, its legend and the boards: an icon (Ikonli Material
 * Design 2 literal), a colour that reads on light and dark themes, and a graph shape.
 */
public enum KindStyle {
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

    KindStyle(NodeKind kind, String icon, String colour, String shape) {
        this.kind = kind;
        this.icon = icon;
        this.colour = colour;
        this.shape = shape;
    }

    public static KindStyle of(NodeKind kind) {
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

    /** The style class for this kind ({@code kind-platform-spec}). */
    public String styleClass() {
        return "kind-" + kind.label().toLowerCase(Locale.ROOT);
    }

    /** A fresh icon node in the kind's colour. */
    public FontIcon newIcon() {
        FontIcon i = new FontIcon(icon);
        i.setIconColor(javafx.scene.paint.Color.web(colour)); // specgraph.css sets the same per style class
        i.getStyleClass().add(styleClass());
        return i;
    }
}
