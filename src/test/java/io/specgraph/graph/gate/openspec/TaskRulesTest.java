package io.specgraph.graph.gate.openspec;

import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Task-file rules OS36–OS38, each failing and passing. */
class TaskRulesTest {

    private static final String TASKS = "openspec/changes/add-2fa/tasks.md";

    @TempDir
    Path tmp;

    private OsRepo.Loaded tasks(String text) {
        return new OsRepo(tmp).spec().change(OsRepo.DELTA).file(TASKS, text).load();
    }

    @Test
    void wellNumberedTasksHaveNoIssue() {
        OsRepo.Loaded r = tasks("## 1. Backend\n- [ ] 1.1 Table\n- [x] 1.2 API\n\n## 02. UI\n- [ ] 2.1 Screen\n"
                + "  - [ ] 2.1a Sub-task\n");
        assertThat(r.findings("add-2fa")).isEmpty();
    }

    @Test
    void bulletsWithoutCheckboxesCountAsZeroTasks() {
        OsRepo.Loaded r = tasks("---\ntags:\n  - a\n---\n# Tasks\n\n```\n- fenced\n```\n\n1. Write the table\n");
        Finding f = r.only("add-2fa", OpenSpecRules.TASKS_WITHOUT_CHECKBOX);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.path()).isEqualTo(TASKS);
        assertThat(f.line()).isEqualTo(11);
        assertThat(f.message()).isEqualTo(TaskValidation.NO_CHECKBOX);
        assertThat(r.item("change", "add-2fa").validStrict()).isFalse();
    }

    @Test
    void taskUnderTheWrongGroupAndDuplicatedIds() {
        OsRepo.Loaded r = tasks("## 1. Backend\n- [ ] 1.1 Table\n- [ ] 2.1 Screen\n\n## 2. UI\n- [ ] 2.1 Screen again\n"
                + "\n## Notes\n- [ ] 1.1 Not numbered here\n");
        assertThat(r.findings("add-2fa")).extracting(Finding::rule, Finding::line, Finding::message).containsExactly(
                tuple(OpenSpecRules.TASK_WRONG_GROUP, 3, "Task \"2.1\" is under group 1, but its leading number "
                        + "points to group 2. Move it to group 2 or renumber it."),
                tuple(OpenSpecRules.TASK_DUPLICATE_ID, 6, "Task ID \"2.1\" is duplicated; it was first declared on "
                        + "line 3."));
        assertThat(r.item("change", "add-2fa").valid()).isTrue();
    }

    @Test
    void projectSchemasGetNoNumberingCheck() {
        OsRepo.Loaded r = new OsRepo(tmp).spec().change(OsRepo.DELTA)
                .file("openspec/changes/add-2fa/.openspec.yaml", "schema: lean\n")
                .file("openspec/schemas/lean/schema.yaml", "name: lean\nversion: 1\nartifacts:\n"
                        + "  - id: proposal\n    generates: proposal.md\n    description: Why\n    template: p.md\n"
                        + "    requires: []\n  - id: tasks\n    generates: tasks.md\n    description: Work\n"
                        + "    template: t.md\n    requires: [proposal]\napply:\n  requires: [tasks]\n"
                        + "  tracks: tasks.md\n")
                .file("openspec/schemas/lean/templates/p.md", "## Why\n")
                .file("openspec/schemas/lean/templates/t.md", "- [ ] 1.1 Task\n")
                .file(TASKS, "## 1. Backend\n- [ ] 2.1 Elsewhere\n- [ ] 2.1 Twice\n").load();
        assertThat(r.findings("add-2fa")).isEmpty();
    }
}
