package io.specgraph.app;

import io.specgraph.engine.AppDirs;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real workbench for UI tests: fresh config and data folders under {@code home} (so the first launch writes
 * the demo), the light theme, 1600×1000, no file watching. Call from a TestFX {@code @Start} method.
 */
public final class TestWorkbench {

    private TestWorkbench() {
    }

    public static Workbench show(Stage stage, Path home) {
        try {
            Path dir = Files.createTempDirectory(home, "run");
            Files.createDirectories(dir.resolve("config"));
            Files.writeString(dir.resolve("config/ui.json"), "{\"theme\":\"light\",\"width\":1600,\"height\":1000}");
            Workbench w = Workbench.create(new AppDirs(dir.resolve("config"), dir.resolve("data")), false);
            w.show(stage);
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
