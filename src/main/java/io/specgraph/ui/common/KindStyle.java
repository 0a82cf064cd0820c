package io.specgraph.ui.common;

import io.specgraph.engine.view.KindLook;
import io.specgraph.model.NodeKind;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Locale;

/**
 * A node kind's look in the app ({@link KindLook}: icon, colour, shape, shared with the static report) plus what
 * JavaFX needs: the style class and a ready icon node.
 */
public enum KindStyle {
    CONSTITUTION,
    INITIATIVE,
    PLATFORM_SPEC,
    COMPONENT_SPEC,
    CONTRACT,
    ADR,
    CONTEXT_PACK,
    DOMAIN,
    BUG,
    HOTFIX,
    CAPABILITY,
    CHANGE,
    PLAN,
    TASKS;

    public static KindStyle of(NodeKind kind) {
        return valueOf(kind.name());
    }

    private KindLook look() {
        return KindLook.valueOf(name());
    }

    public NodeKind kind() {
        return look().kind();
    }

    /** The Ikonli literal ({@code mdi2g-gavel}). */
    public String icon() {
        return look().icon();
    }

    /** A CSS colour ({@code #0969da}). */
    public String colour() {
        return look().colour();
    }

    /** A GraphStream shape name ({@code diamond}). */
    public String shape() {
        return look().shape();
    }

    /** The style class for this kind ({@code kind-platform-spec}). */
    public String styleClass() {
        return "kind-" + kind().label().toLowerCase(Locale.ROOT);
    }

    /** A fresh icon node in the kind's colour. */
    public FontIcon newIcon() {
        FontIcon i = new FontIcon(icon());
        // inline, kept with Ikonli's own style: the theme's icon colour would win over a setter or a class rule
        i.setStyle(i.getStyle() + "-fx-icon-color: " + colour() + ";");
        i.getStyleClass().add(styleClass());
        return i;
    }
}
