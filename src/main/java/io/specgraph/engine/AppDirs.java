package io.specgraph.engine;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where Specgraph keeps its settings and workspace files ({@code configDir}) and its clones ({@code dataDir}), by
 * the platform's conventions: on Linux {@code $XDG_CONFIG_HOME/specgraph} (else {@code ~/.config/specgraph}) and
 * {@code $XDG_DATA_HOME/specgraph} (else {@code ~/.local/share/specgraph}); on macOS
 * {@code ~/Library/Application Support/Specgraph} for both; on Windows {@code %APPDATA%\Specgraph} and
 * {@code %LOCALAPPDATA%\Specgraph}. The data dir can be changed in the settings ({@link WorkspaceStore}).
 */
public record AppDirs(Path configDir, Path dataDir) {

    public AppDirs {
        Objects.requireNonNull(configDir, "configDir");
        Objects.requireNonNull(dataDir, "dataDir");
    }

    /** The folders for this user on this machine. */
    public static AppDirs forThisUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The folders for {@code osName} with environment {@code env} and home folder {@code home}. */
    public static AppDirs of(String osName, Map<String, String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path roaming = dir(env, "APPDATA", home.resolve("AppData").resolve("Roaming"));
            Path local = dir(env, "LOCALAPPDATA", home.resolve("AppData").resolve("Local"));
            return new AppDirs(roaming.resolve("Specgraph"), local.resolve("Specgraph"));
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            Path support = home.resolve("Library").resolve("Application Support").resolve("Specgraph");
            return new AppDirs(support, support);
        }
        Path config = dir(env, "XDG_CONFIG_HOME", home.resolve(".config"));
        Path data = dir(env, "XDG_DATA_HOME", home.resolve(".local").resolve("share"));
        return new AppDirs(config.resolve("specgraph"), data.resolve("specgraph"));
    }

    /** An environment variable naming an absolute folder (as the XDG spec requires), else {@code fallback}. */
    private static Path dir(Map<String, String> env, String name, Path fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        Path p = Path.of(v);
        return p.isAbsolute() ? p : fallback;
    }
}
