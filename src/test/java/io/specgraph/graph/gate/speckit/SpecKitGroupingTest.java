package io.specgraph.graph.gate.speckit;

import io.specgraph.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Large real-world files give a bounded number of findings (written at run time: thousands of lines). */
class SpecKitGroupingTest {

    @TempDir
    Path dir;

    private Path project(String name) throws IOException {
        Path repo = dir.resolve(name);
        Files.createDirectories(repo.resolve(".specify/memory"));
        Files.writeString(repo.resolve(".specify/memory/constitution.md"), "# C\n\n## Core Principles\n\nText.\n");
        Files.createDirectories(repo.resolve("specs/001-big"));
        return repo;
    }

    @Test
    void aTasksFileWithThousandsOfBadLinesGivesOneFindingPerKindAndCappedDuplicates() throws IOException {
        Path repo = project("big");
        StringBuilder tasks = new StringBuilder("# Tasks: Big\n\n")
                .append("## Phase 3: User Story 1 - Everything (Priority: P1)\n\n");
        for (int i = 1; i <= 2000; i++) {
            tasks.append(String.format("- [ ] T%03d [US1] Task %d in src/T%d.java\n", i % 100 + 1, i, i));
        }
        for (int i = 1; i <= 1000; i++) {
            tasks.append("- [ ] Step ").append(i).append(" without an id\n");
        }
        Files.writeString(repo.resolve("specs/001-big/spec.md"), "# Feature Specification: Big\n");
        Files.writeString(repo.resolve("specs/001-big/tasks.md"), tasks.toString());
        RuleFixture fx = RuleFixture.load(repo);

        List<Finding> sk2 = fx.findings("SK2");
        assertThat(sk2).hasSize(1);
        assertThat(sk2.get(0).line()).isEqualTo(2005);
        assertThat(sk2.get(0).message()).isEqualTo("1000 task lines have no task id (lines 2005, 2006, 2007, 2008, "
                + "2009 and 995 more); the first: '- [ ] Step 1 without an id'");

        List<Finding> sk3 = fx.findings("SK3");
        assertThat(sk3).hasSize(Grouping.EACH + 1);
        assertThat(sk3.get(0)).extracting(Finding::line, Finding::message)
                .containsExactly(105, "duplicate task id T002: already used at line 5");
        Finding summary = sk3.get(Grouping.EACH);
        assertThat(summary.line()).isEqualTo(125);
        assertThat(summary.message()).startsWith("1880 more task lines reuse an id (T022, T023, T024, T025, T026 and "
                + "95 more; lines 125, 126, 127, 128, 129 and 1875 more)");
    }

    @Test
    void manyMarkersAndPlaceholdersAreReportedOneByOneUpToTheCap() throws IOException {
        Path repo = project("many");
        StringBuilder spec = new StringBuilder("# Feature Specification: Many\n\n");
        StringBuilder constitution = new StringBuilder("# [PROJECT_NAME] Constitution\n\n");
        for (int i = 1; i <= 25; i++) {
            spec.append("- **FR-0").append(10 + i).append("**: [NEEDS CLARIFICATION: question ").append(i)
                    .append("]\n");
            constitution.append("### [PRINCIPLE_").append(i).append("_NAME]\n");
        }
        Files.writeString(repo.resolve("specs/001-big/spec.md"), spec.toString());
        Files.writeString(repo.resolve(".specify/memory/constitution.md"), constitution.toString());
        RuleFixture fx = RuleFixture.load(repo);

        List<Finding> sk1 = fx.findings("SK1");
        assertThat(sk1).hasSize(Grouping.EACH + 1);
        assertThat(sk1.get(0)).extracting(Finding::line, Finding::column, Finding::message)
                .containsExactly(3, 15, "unresolved [NEEDS CLARIFICATION: question 1]");
        assertThat(sk1.get(Grouping.EACH)).extracting(Finding::line, Finding::message).containsExactly(23,
                "5 more unresolved clarification markers in specs/001-big/spec.md (lines 23, 24, 25, 26 and 27)");

        List<Finding> sk6 = fx.findings("SK6");
        assertThat(sk6).hasSize(Grouping.EACH + 1);
        assertThat(sk6.get(0)).extracting(Finding::line, Finding::column, Finding::message)
                .containsExactly(1, 3, "constitution placeholder [PROJECT_NAME] is not filled in");
        assertThat(sk6.get(Grouping.EACH)).extracting(Finding::line, Finding::message).containsExactly(22,
                "6 more placeholders not filled in ([PRINCIPLE_20_NAME], [PRINCIPLE_21_NAME], [PRINCIPLE_22_NAME], "
                        + "[PRINCIPLE_23_NAME], [PRINCIPLE_24_NAME] and 1 more; lines 22, 23, 24, 25, 26 and 1 more)");
    }
}
