package io.specgraph.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

import java.util.function.Consumer;

/**
 * The light / dark theme (AtlantaFX Primer): the user's choice (system, light, dark), where "system" follows what
 * the OS prefers. Choosing applies at once to every window and is remembered through {@code persist}.
 */
public final class ThemeSwitch {

    /** Our stylesheet on top of the theme; every scene adds it. */
    public static final String STYLESHEET = "/io/specgraph/ui/specgraph.css";

    private final boolean osDark;
    private final Consumer<String> persist;
    private String choice;

    public ThemeSwitch(String choice, boolean osDark, Consumer<String> persist) {
        this.choice = choice;
        this.osDark = osDark;
        this.persist = persist;
    }

    public String choice() {
        return choice;
    }

    public boolean isDark() {
        return choice.equals("dark") || choice.equals("system") && osDark;
    }

    public void choose(String c) {
        choice = c;
        apply();
        persist.accept(c);
    }

    /** Sets the user-agent stylesheet of the whole application. */
    public void apply() {
        Application.setUserAgentStylesheet(isDark() ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        io.specgraph.ui.common.Theme.darkProperty().set(isDark());
    }

    /** The URL of our stylesheet, for {@code scene.getStylesheets()}. */
    public static String stylesheet() {
        return ThemeSwitch.class.getResource(STYLESHEET).toExternalForm();
    }
}
