package io.specgraph.engine;

import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.parse.FileIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * This project's own repo is a Specgraph workspace (specgraph.specgraph): its ADRs in docs/decisions are read and
 * pass the gates, and .specgraphignore keeps the fixtures, the demo and the templates out.
 */
class OwnRepoTest {

    @Test
    void theProjectsOwnWorkspaceIsItsAdrsAndTheyPass() throws Exception {
        Workspace ws = Workspace.load(WorkspaceFile.read(Path.of("specgraph.specgraph")).repos());
        long adrFiles;
        try (Stream<Path> s = Files.list(Path.of("docs/decisions"))) {
            adrFiles = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertThat(ws.graph().nodes()).hasSize((int) adrFiles).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NodeKind.ADR);
            assertThat(n.path()).startsWith("docs/decisions/");
        });
        assertThat(ws.graph().nodes()).extracting(Node::title).contains("Record architecture decisions in MADR 4");
        assertThat(ws.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void specgraphignoreSkipsTheFoldersAndFilesItLists(@TempDir Path repo) throws Exception {
        Files.createDirectories(repo.resolve("fixtures/deep"));
        Files.createDirectories(repo.resolve("docs"));
        Files.writeString(repo.resolve("fixtures/deep/a.md"), "# A\n");
        Files.writeString(repo.resolve("docs/keep.md"), "# Keep\n");
        Files.writeString(repo.resolve("docs/skip.md"), "# Skip\n");
        Files.writeString(repo.resolve(FileIndex.IGNORE_FILE), "# fixtures\n./fixtures/\n\ndocs/skip.md\n");
        List<String> files = FileIndex.walk(repo).files();
        assertThat(files).contains("docs/keep.md").doesNotContain("docs/skip.md", "fixtures/deep/a.md");
        Files.delete(repo.resolve(FileIndex.IGNORE_FILE));
        assertThat(FileIndex.walk(repo).files()).contains("docs/skip.md", "fixtures/deep/a.md");
    }
}
