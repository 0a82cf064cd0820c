package io.specgraph.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the app opens: a workspace file it was started with (file association), the last one, else the demo. */
class StartWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void onlyExistingWorkspaceFilesAreOpenedAsArguments() throws Exception {
        Path team = Files.writeString(dir.resolve("team.specgraph"), "{\"repos\":[]}");
        Path plain = Files.writeString(dir.resolve("workspace.json"), "{\"repos\":[]}");
        Path other = Files.writeString(dir.resolve("notes.json"), "{}");
        assertThat(StartWorkspace.isWorkspaceArgument(team.toString())).isTrue();
        assertThat(StartWorkspace.isWorkspaceArgument(plain.toString())).isTrue();
        assertThat(StartWorkspace.isWorkspaceArgument(other.toString())).isFalse();
        assertThat(StartWorkspace.isWorkspaceArgument(dir.resolve("gone.specgraph").toString())).isFalse();
        assertThat(StartWorkspace.isWorkspaceArgument("check")).isFalse();
        assertThat(StartWorkspace.isWorkspaceArgument("--help")).isFalse();
        assertThat(StartWorkspace.isWorkspaceArgument(dir.toString())).isFalse();
    }

    @Test
    void aRequestedFileWinsOverTheLastWorkspaceAndTheDemo() throws Exception {
        WorkspaceStore store = new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data")));
        Path team = Files.writeString(dir.resolve("team.specgraph"), "{\"repos\":[]}");
        assertThat(StartWorkspace.choose(store, team)).isEqualTo(team.toAbsolutePath());
        Path demo = StartWorkspace.choose(store, null);
        assertThat(demo).endsWith(Path.of("demo", WorkspaceFile.FILE_NAME)).exists();
        Path copy = Files.copy(demo, demo.resolveSibling("shop" + StartWorkspace.EXTENSION));
        assertThat(WorkspaceFile.read(copy).repos()).hasSameSizeAs(WorkspaceFile.read(demo).repos()).isNotEmpty();
    }
}
