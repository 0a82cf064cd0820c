package io.specgraph.parse.openspec;

import io.specgraph.model.Node;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecSchema;
import io.specgraph.model.OpenSpecTaskFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code config.yaml}, legacy {@code project.md}, and custom workflow schemas. */
class ProjectSettingsTest {

    @Test
    void readsLegacyProjectMdBesideConfigYml() {
        Fixtures.Read read = Fixtures.read("legacy-both");
        assertThat(read.nodes().keySet()).containsExactlyInAnyOrder("cli-init", "add-init-flag");
        OpenSpecProject project = read.node("add-init-flag").parts().get(OpenSpecProject.class).get(0);
        assertThat(project.root()).isEqualTo("openspec");
        assertThat(project.config().path()).isEqualTo("openspec/config.yaml");
        assertThat(project.config().schema()).isEqualTo("spec-driven");
        assertThat(project.config().projectMd()).isEqualTo("openspec/project.md");
        Node change = read.node("add-init-flag");
        assertThat(change.title()).isEqualTo("add-init-flag");
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void customSchemaChangeWithOnlyLoopArtifacts() {
        Fixtures.Read read = Fixtures.read("custom-schema");
        assertThat(read.nodes().keySet()).containsExactlyInAnyOrder("crawler", "tune-crawl-budget",
                "2025-03-01-first-loop");
        assertThat(read.findings()).isEmpty();
        Node change = read.node("tune-crawl-budget");
        assertThat(change.path()).isEqualTo("openspec/changes/tune-crawl-budget/loop/01-hypothesis.md");
        assertThat(change.title()).isEqualTo("tune-crawl-budget");
        assertThat(change.meta().value("goal")).isEqualTo("Find the budget that keeps recall above 95%");
        assertThat(change.meta().items("affected_areas")).containsExactly("crawler", "scheduler");
        OpenSpecChange c = change.parts().get(OpenSpecChange.class).get(0);
        assertThat(c.schema()).isEqualTo("loop-driven");
        assertThat(c.schemaFound()).isTrue();
        assertThat(c.meta().affectedAreas()).containsExactly("crawler", "scheduler");
        OpenSpecTaskFile tasks = change.parts().get(OpenSpecTaskFile.class).get(0);
        assertThat(tasks.changePath()).isEqualTo("loop/03-results.md");
        assertThat(tasks.tracked()).isTrue();
        assertThat(tasks.total()).isEqualTo(2);
        assertThat(tasks.completed()).isEqualTo(1);
        OpenSpecProject project = change.parts().get(OpenSpecProject.class).get(0);
        assertThat(project.config().schema()).isEqualTo("loop-driven");
        OpenSpecSchema schema = project.schema("loop-driven").orElseThrow();
        assertThat(schema.loads()).isTrue();
        assertThat(schema.path()).isEqualTo("openspec/schemas/loop-driven/schema.yaml");
        assertThat(schema.artifacts()).extracting(a -> a.id()).containsExactly("hypothesis", "experiment", "results");
        assertThat(schema.applyTracks()).isEqualTo("loop/03-results.md");
        assertThat(schema.trackedArtifact().id()).isEqualTo("results");
        assertThat(project.schema("spec-driven")).contains(OpenSpecSchema.SPEC_DRIVEN);
    }

    @Test
    void changeWithoutMetadataUsesTheConfigSchema() {
        Fixtures.Read read = Fixtures.read("custom-schema");
        OpenSpecChange c = read.node("2025-03-01-first-loop").parts().get(OpenSpecChange.class).get(0);
        assertThat(c.schema()).isEqualTo("loop-driven");
        assertThat(c.meta().created()).isEqualTo("2025-02-20");
        assertThat(read.node("2025-03-01-first-loop").parts().get(OpenSpecTaskFile.class).get(0).completed())
                .isEqualTo(1);
    }

    @Test
    void readsConfigYmlWhenThereIsNoConfigYamlAndDropsBadFields(@TempDir Path repo) {
        GeneratedRepos.write(repo.resolve("openspec/config.yml"), "schema: ''\ncontext: 12\nrules:\n  tasks: [a, '']\n"
                + "  design: nope\nreferences:\n  - team-a\n  - {id: team-b, remote: git@x:b.git}\n  - 3\n");
        GeneratedRepos.write(repo.resolve("openspec/changes/c/proposal.md"), "## Why\nx\n");
        Fixtures.Read read = Fixtures.read(repo);
        OpenSpecProject project = read.node("c").parts().get(OpenSpecProject.class).get(0);
        assertThat(project.config().path()).isEqualTo("openspec/config.yml");
        assertThat(project.config().schema()).isNull();
        assertThat(project.config().context()).isNull();
        assertThat(project.config().rules()).containsOnlyKeys("tasks");
        assertThat(project.config().rules().get("tasks")).containsExactly("a");
        assertThat(project.config().references()).containsExactly("team-a", "team-b");
        assertThat(read.node("c").parts().get(OpenSpecChange.class).get(0).schema()).isEqualTo("spec-driven");
    }

    @Test
    void brokenProjectSchemaDoesNotLoad(@TempDir Path repo) {
        GeneratedRepos.write(repo.resolve("openspec/schemas/half/schema.yaml"), "name: half\nversion: 1\nartifacts:\n"
                + "  - id: a\n    generates: a.md\n    description: A\n    template: a.md\n    requires: [missing]\n");
        GeneratedRepos.write(repo.resolve("openspec/changes/c/.openspec.yaml"), "schema: half\nskip_specs: true\n");
        Fixtures.Read read = Fixtures.read(repo);
        OpenSpecChange c = read.node("c").parts().get(OpenSpecChange.class).get(0);
        assertThat(c.schema()).isEqualTo("half");
        assertThat(c.schemaFound()).isFalse();
        assertThat(c.meta().skipSpecsMarker().invalidReason())
                .isEqualTo("Invalid schema at 'openspec/schemas/half/schema.yaml': Invalid dependency reference in "
                        + "artifact 'a': 'missing' does not exist");
        assertThat(read.findings()).isEmpty();
    }
}
