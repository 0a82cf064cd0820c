package io.specgraph.parse.speckit;

import io.specgraph.model.Node;
import io.specgraph.model.TaskItem;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.ReadRules;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RobustnessTest {

    @TempDir
    Path repo;

    private void write(String rel, String text) throws IOException {
        write(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String rel, byte[] bytes) throws IOException {
        Path p = repo.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
    }

    @Test
    void readsATasksFileWithThousandsOfLinesAndDuplicateIds() throws IOException {
        write(".specify/memory/constitution.md", "# C\n");
        write("specs/042-big/spec.md", "# Feature Specification: Big\n\n**Status**: Draft\n");
        StringBuilder tasks = new StringBuilder("# Tasks: Big\n\n## Phase 1: Setup\n\n");
        for (int i = 1; i <= 6000; i++) {
            int id = (i + 1) / 2;
            tasks.append(String.format("- [%s] T%04d [P] [US%d] Task %d in src/f%d.java%n", i % 3 == 0 ? "X" : " ",
                    id, i % 7 + 1, i, i));
        }
        write("specs/042-big/tasks.md", tasks.toString());
        long start = System.nanoTime();
        SpecKitFixture read = SpecKitFixture.read(repo, null);
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<TaskItem> items = read.node("042-big/tasks").parts().get(TaskItem.class);
        assertThat(items).hasSize(6000);
        assertThat(items.get(0)).extracting(TaskItem::taskId, TaskItem::line, TaskItem::story)
                .containsExactly("T0001", 5, "US2");
        assertThat(items.get(1).taskId()).isEqualTo("T0001");
        Map<String, Long> counts = items.stream().collect(Collectors.groupingBy(TaskItem::taskId,
                Collectors.counting()));
        assertThat(counts).hasSize(3000).containsEntry("T3000", 2L);
        assertThat(items.stream().filter(TaskItem::done).count()).isEqualTo(2000);
        assertThat(read.findings()).isEmpty();
        assertThat(millis).isLessThan(10_000);
    }

    @Test
    void badBytesAreFindingsAndOtherFilesAreNeverRead() throws IOException {
        write(".specify/memory/constitution.md", new byte[]{'#', ' ', 'C', (byte) 0xC3, '\n'});
        write("specs/001-bad/spec.md", new byte[]{'#', ' ', (byte) 0xFF, 'x', '\n'});
        write("specs/002-ok/spec.md", "# Feature Specification: Ok\n\n**Status**: Draft\n");
        write("specs/002-ok/contracts/diagram.png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        write("specs/002-ok/meta.json", new byte[]{'{', '"', 'a', '"', ':', '"', (byte) 0xFE, '"', '}'});
        SpecKitFixture read = SpecKitFixture.read(repo, null);
        assertThat(read.ids()).containsExactly("002-ok");
        assertThat(read.node("002-ok").files()).contains("specs/002-ok/contracts/diagram.png");
        assertThat(read.findings()).extracting(f -> f.rule(), f -> f.path(), f -> f.node())
                .containsExactly(tuple(ReadRules.NOT_UTF8, ".specify/memory/constitution.md", null),
                        tuple(ReadRules.NOT_UTF8, "specs/001-bad/spec.md", null),
                        tuple(ReadRules.NOT_UTF8, "specs/002-ok/meta.json", "002-ok"));
    }

    @Test
    void emptyFilesAndAnEmptyProjectGiveNodesWithoutCrashing() throws IOException {
        write(".specify/memory/constitution.md", "");
        write("specs/001-empty/spec.md", "");
        write("specs/001-empty/meta.json", "");
        write("specs/001-empty/tasks.md", "");
        SpecKitFixture read = SpecKitFixture.read(repo, null);
        assertThat(read.ids()).containsExactly("001-empty", "001-empty/tasks", "constitution");
        assertThat(read.node("001-empty").title()).isEqualTo("001-empty");
        assertThat(read.node("constitution").title()).isEqualTo("constitution.md");
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void aProjectWithOnlySpecifyScriptsHasNoUnits() throws IOException {
        write(".specify/scripts/bash/common.sh", "echo\n");
        SpecKitFixture read = SpecKitFixture.read(repo, null);
        assertThat(read.plan().units()).isEmpty();
        assertThat(read.nodes()).isEmpty();
    }

    @Test
    void readsUnsavedEditorBuffersThroughTheDocumentSource() throws IOException {
        write(".specify/memory/constitution.md", "# C\n");
        write("specs/001-edit/spec.md", "# Feature Specification: Edit\n\n**Status**: Draft\n");
        RepoReader reader = RepoReader.standard();
        var plan = reader.plan(new io.specgraph.model.RepoSpec("r", null, repo, null, null, null, List.of()));
        Unit unit = plan.units().stream().filter(u -> u.path().equals("specs/001-edit")).findFirst().orElseThrow();
        DocumentSource overlay = DocumentSource.overlay("r", DocumentSource.disk("r", repo),
                Map.of("specs/001-edit/spec.md",
                        "# Feature Specification: Edited\n\n**Status**: Approved\n".getBytes(StandardCharsets.UTF_8)));
        ReadResult result = reader.read(plan.context(), unit, overlay);
        Node spec = result.nodes().get(0);
        assertThat(spec.title()).isEqualTo("Edited");
        assertThat(spec.status()).isEqualTo("Approved");
    }
}
