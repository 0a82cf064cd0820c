package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The stage of an OpenSpec change, derived from which artifacts exist and the tasks' checkboxes. */
class OpenSpecStageTest {

    private static final String DELTA = "## ADDED Requirements\n### Requirement: A\nThe system SHALL a.\n\n"
            + "#### Scenario: a\n- **WHEN** x\n- **THEN** y\n";

    @TempDir
    Path tmp;
    private int runs;

    private OpenSpecStage stage(String... files) {
        TestRepos repos = new TestRepos(tmp.resolve("w" + runs++)).file("svc/openspec/config.yaml", "schema: spec-driven\n")
                .file("svc/openspec/changes/c1/proposal.md", "## Why\nWhy not.\n\n## What Changes\n- it\n");
        for (int i = 0; i < files.length; i += 2) {
            repos.file("svc/openspec/changes/c1/" + files[i], files[i + 1]);
        }
        Workspace ws = repos.load();
        return OpenSpecStage.of(ws.graph().node("svc/c1").orElseThrow());
    }

    @Test
    void followsTheArtifactsAndTheTasks() {
        assertThat(stage()).isEqualTo(OpenSpecStage.PROPOSED);
        assertThat(stage("specs/a/spec.md", DELTA)).isEqualTo(OpenSpecStage.SPECIFIED);
        assertThat(stage(".openspec.yaml", "schema: spec-driven\nskip_specs: true\n"))
                .isEqualTo(OpenSpecStage.SPECIFIED);
        assertThat(stage("specs/a/spec.md", DELTA, "design.md", "## Context\nx\n"))
                .as("a design without tasks is not a plan yet").isEqualTo(OpenSpecStage.SPECIFIED);
        assertThat(stage("specs/a/spec.md", DELTA, "tasks.md", "## 1. Do\n- [ ] 1.1 a\n- [ ] 1.2 b\n"))
                .isEqualTo(OpenSpecStage.PLANNED);
        assertThat(stage("specs/a/spec.md", DELTA, "tasks.md", "## 1. Do\n- [x] 1.1 a\n- [ ] 1.2 b\n"))
                .isEqualTo(OpenSpecStage.IMPLEMENTING);
        assertThat(stage("specs/a/spec.md", DELTA, "tasks.md", "## 1. Do\n- [x] 1.1 a\n- [X] 1.2 b\n"))
                .isEqualTo(OpenSpecStage.VERIFYING);
        assertThat(stage("tasks.md", "## 1. Do\nNothing to tick yet.\n")).isEqualTo(OpenSpecStage.PROPOSED);
    }

    @Test
    void describesTheDemoChangesAndRefusesOtherNodes() {
        Workspace ws = FxDemo.workspace();
        assertThat(OpenSpecStage.describe(ws.graph().node("shipping/2026-01-20-add-quote-expiry").orElseThrow()))
                .startsWith("Archived");
        assertThatThrownBy(() -> OpenSpecStage.of(ws.graph().node("cart/SPEC-CART-01").orElseThrow()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an OpenSpec change");
    }
}
