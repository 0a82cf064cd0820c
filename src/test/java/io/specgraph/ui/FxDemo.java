package io.specgraph.ui;

import io.specgraph.engine.Demo;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo workspace for UI tests: written once per test JVM into a temporary folder (deleted at exit) and loaded
 * once. Tests that change files must write their own copy with {@link #fresh(Path)}.
 */
public final class FxDemo {

    private static Path dir;
    private static Workspace loaded;

    private FxDemo() {
    }

    /** The shared demo folder (read only!). */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path tmp = Files.createTempDirectory("specgraph-fx-demo");
                dir = Demo.write(tmp.resolve("demo")).dir();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(tmp)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (WorkspaceException e) {
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }

    /** The shared demo, loaded (immutable, safe to share). */
    public static synchronized Workspace workspace() {
        if (loaded == null) {
            loaded = load(dir());
        }
        return loaded;
    }

    /** Writes a private copy of the demo under {@code parent} and returns its folder. */
    public static Path fresh(Path parent) {
        try {
            return Demo.write(parent.resolve("demo")).dir();
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Loads the workspace in {@code demoDir}. */
    public static Workspace load(Path demoDir) {
        try {
            return Workspace.load(Targets.resolve(List.of(demoDir), null));
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path root) {
        try (var walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
