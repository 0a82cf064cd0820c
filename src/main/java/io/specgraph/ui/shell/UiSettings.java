package io.specgraph.ui.shell;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What the window remembers between runs ({@code configDir/ui.json}): the theme (system, light or dark), the window
 * bounds and the panel dividers. A missing or broken file gives the defaults; saving is atomic.
 *
 * @param theme      {@code system}, {@code light} or {@code dark}
 * @param x          window x, or NaN for centred
 * @param y          window y, or NaN
 * @param width      window width
 * @param height     window height
 * @param maximized  whether the window was maximised
 * @param leftDivider  the tree/centre divider (0..1)
 * @param rightDivider the centre/inspector divider (0..1)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UiSettings(String theme, double x, double y, double width, double height, boolean maximized,
                         double leftDivider, double rightDivider) {

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String FILE = "ui.json";

    public static final UiSettings DEFAULTS = new UiSettings("system", Double.NaN, Double.NaN, 1400, 880, false,
            0.18, 0.78);

    public UiSettings {
        theme = theme == null || !(theme.equals("light") || theme.equals("dark")) ? "system" : theme;
        width = width < 400 ? DEFAULTS_WIDTH : width;
        height = height < 300 ? DEFAULTS_HEIGHT : height;
        leftDivider = leftDivider <= 0.02 || leftDivider >= 0.6 ? 0.18 : leftDivider;
        rightDivider = rightDivider <= 0.4 || rightDivider >= 0.98 ? 0.78 : rightDivider;
    }

    private static final double DEFAULTS_WIDTH = 1400;
    private static final double DEFAULTS_HEIGHT = 880;

    public static UiSettings load(Path configDir) {
        Path f = configDir.resolve(FILE);
        if (!Files.isRegularFile(f)) {
            return DEFAULTS;
        }
        try {
            return JSON.readValue(f.toFile(), UiSettings.class);
        } catch (IOException e) {
            LOG.warn("ignoring unreadable {}: {}", f, e.getMessage());
            return DEFAULTS;
        }
    }

    public void save(Path configDir) {
        try {
            Files.createDirectories(configDir);
            Path tmp = Files.createTempFile(configDir, "ui", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
            Files.move(tmp, configDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("cannot save the window settings in {}", configDir, e);
        }
    }

    /** Whether the dark theme applies, given what the OS prefers. */
    public boolean dark(boolean osPrefersDark) {
        return theme.equals("dark") || theme.equals("system") && osPrefersDark;
    }

    public UiSettings withTheme(String t) {
        return new UiSettings(t, x, y, width, height, maximized, leftDivider, rightDivider);
    }

    public UiSettings withWindow(double nx, double ny, double w, double h, boolean max, double left, double right) {
        return new UiSettings(theme, nx, ny, w, h, max, left, right);
    }
}
