package io.specgraph.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which workspace the GUI opens at start: the last one opened if it still exists, else the built-in demo in the data
 * dir ({@code dataDir/demo}, written on first launch, offline), so a newcomer sees a full graph at once.
 */
public final class StartWorkspace {

    /** The folder name of the demo under the data dir. */
    public static final String DEMO = "demo";

    private StartWorkspace() {
    }

    /** The extension of workspace files the installed app opens (file association); the content is workspace.json's. */
    public static final String EXTENSION = ".specgraph";

    /**
     * True when {@code arg} names a workspace file to open in the app (what a file manager passes when a user opens
     * one): an existing {@code *.specgraph} or {@code workspace.json} file.
     */
    public static boolean isWorkspaceArgument(String arg) {
        if (arg == null || arg.startsWith("-")) {
            return false;
        }
        try {
            Path p = Path.of(arg);
            String name = p.getFileName() == null ? "" : p.getFileName().toString();
            return Files.isRegularFile(p) && (name.endsWith(EXTENSION) || name.equals(WorkspaceFile.FILE_NAME));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The workspace file to open: {@code requested} when given, else as {@link #choose(WorkspaceStore)}. */
    public static Path choose(WorkspaceStore store, Path requested) throws WorkspaceException {
        return requested != null ? requested.toAbsolutePath() : choose(store);
    }

    /** The workspace file to open. Writes the demo when it is needed and missing. */
    public static Path choose(WorkspaceStore store) throws WorkspaceException {
        Optional<Path> last = store.last();
        if (last.isPresent()) {
            return last.get();
        }
        return demo(store);
    }

    /** The demo's workspace file, writing the demo first when it is not there (a broken one is left alone). */
    public static Path demo(WorkspaceStore store) throws WorkspaceException {
        Path base = store.dataDir().resolve(DEMO);
        for (int i = 1; ; i++) {
            Path dir = i == 1 ? base : base.resolveSibling(DEMO + "-" + i);
            Path file = dir.resolve(WorkspaceFile.FILE_NAME);
            if (Files.isRegularFile(file)) {
                return file;
            }
            if (!Files.exists(dir) || isEmptyDir(dir)) {
                return Demo.write(dir).workspaceFile();
            }
        }
    }

    private static boolean isEmptyDir(Path dir) {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
