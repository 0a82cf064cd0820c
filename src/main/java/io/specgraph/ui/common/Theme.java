package io.specgraph.ui.common;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Whether the dark theme is on, for the few views that draw their own colours (the graph canvas): the shell's
 * theme switch sets it, views listen. One per application, like the theme itself.
 */
public final class Theme {

    private static final BooleanProperty DARK = new SimpleBooleanProperty(false);

    private Theme() {
    }

    /** True while the dark theme is applied. Read and set on the FX thread. */
    public static BooleanProperty darkProperty() {
        return DARK;
    }
}
