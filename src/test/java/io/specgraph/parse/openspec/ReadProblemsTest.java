package io.specgraph.parse.openspec;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.parse.ReadRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.specgraph.parse.openspec.GeneratedRepos.write;
import static org.assertj.core.api.Assertions.assertThat;

/** Odd files become findings with file and line, never exceptions. */
class ReadProblemsTest {

    private static final String SPEC = "# x\n\n## Purpose\nA purpose that is long enough to pass the brevity check.\n\n"
            + "## Requirements\n### Requirement: R\nThe system SHALL r.\n\n#### Scenario: S\n- ok\n";

    @Test
    void invalidUtf8SpecStillGivesANodeAndAFinding(@TempDir Path repo) throws IOException {
        Path f = repo.resolve("openspec/specs/broken/spec.md");
        Files.createDirectories(f.getParent());
        Files.write(f, new byte[] {'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        Fixtures.Read read = Fixtures.read(repo);
        Node n = read.node("broken");
        assertThat(n.title()).isEqualTo("broken");
        assertThat(n.parts().get(OpenSpecSpec.class)).isEmpty();
        assertThat(read.findings()).extracting(Finding::rule, Finding::node, Finding::path, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadRules.NOT_UTF8, "broken",
                        "openspec/specs/broken/spec.md", 1));
    }

    @Test
    void badMetadataYamlIsAFindingWithItsLine(@TempDir Path repo) {
        write(repo.resolve("openspec/changes/bad-yaml/.openspec.yaml"), "schema: spec-driven\ncreated: [2025\n");
        write(repo.resolve("openspec/changes/bad-yaml/proposal.md"), "## Why\nx\n");
        write(repo.resolve("openspec/changes/dup-key/.openspec.yaml"), "schema: spec-driven\nschema: custom\n");
        write(repo.resolve("openspec/changes/wrong-types/.openspec.yaml"),
                "schema: spec-driven\ncreated: 2025/01/02\nskip_specs: yes\ninitiative: {store: Main, id: q3}\n");
        Fixtures.Read read = Fixtures.read(repo);
        assertThat(read.findings()).filteredOn(f -> f.node().equals("bad-yaml"))
                .extracting(Finding::rule, Finding::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReadRules.BAD_YAML, 2));
        OpenSpecChange bad = read.node("bad-yaml").parts().get(OpenSpecChange.class).get(0);
        assertThat(bad.meta().yamlError()).isNotNull();
        assertThat(bad.meta().skipSpecsMarker().declared()).isFalse();
        OpenSpecChange dup = read.node("dup-key").parts().get(OpenSpecChange.class).get(0);
        assertThat(dup.meta().yamlError()).isEqualTo("Map keys must be unique");
        assertThat(read.findings()).filteredOn(f -> f.node().equals("dup-key")).extracting(Finding::rule)
                .containsExactly(ReadRules.BAD_YAML);
        OpenSpecChange wrong = read.node("wrong-types").parts().get(OpenSpecChange.class).get(0);
        assertThat(wrong.meta().issues()).containsExactly("created: created must be YYYY-MM-DD format",
                "initiative.store: Store id must be kebab-case with lowercase letters, numbers, and single hyphen "
                        + "separators",
                "skip_specs: Invalid input: expected boolean, received string");
        assertThat(wrong.meta().skipSpecsMarker().invalidReason())
                .isEqualTo("created: created must be YYYY-MM-DD format");
        assertThat(wrong.meta().initiativeId()).isEqualTo("q3");
        assertThat(read.findings()).filteredOn(f -> f.node().equals("wrong-types")).extracting(Finding::rule)
                .containsExactly(ReadRules.BAD_VALUE);
        assertThat(read.node("wrong-types").path()).isEqualTo("openspec/changes/wrong-types/.openspec.yaml");
    }

    @Test
    void emptyChangeFolderIsStillAChange(@TempDir Path repo) throws IOException {
        Files.createDirectories(repo.resolve("openspec/changes/just-started"));
        Files.createDirectories(repo.resolve("openspec/specs"));
        Fixtures.Read read = Fixtures.read(repo);
        Node n = read.node("just-started");
        assertThat(n.path()).isEqualTo("openspec/changes/just-started");
        assertThat(n.title()).isEqualTo("just-started");
        assertThat(read.findings()).isEmpty();
    }

    @Test
    void monorepoProjectsGetPrefixedIds(@TempDir Path repo) {
        write(repo.resolve("openspec/specs/auth/spec.md"), SPEC);
        write(repo.resolve("packages/api/openspec/specs/auth/spec.md"), SPEC);
        write(repo.resolve("packages/api/openspec/changes/add-x/specs/auth/spec.md"), "## ADDED Requirements\n");
        write(repo.resolve("packages/web/openspec/config.yaml"), "schema: spec-driven\n");
        Fixtures.Read read = Fixtures.read(repo);
        assertThat(read.nodes().keySet()).containsExactlyInAnyOrder("auth", "packages/api:auth",
                "packages/api:add-x");
        OpenSpecChange c = read.node("packages/api:add-x").parts().get(OpenSpecChange.class).get(0);
        assertThat(c.root()).isEqualTo("packages/api/openspec");
        assertThat(c.modifies()).containsExactly("auth");
        assertThat(read.node("packages/api:auth").parts().get(OpenSpecSpec.class).get(0).capability())
                .isEqualTo("auth");
    }

    @Test
    void configOnlyFolderIsNotAnOpenSpecProject(@TempDir Path repo) {
        write(repo.resolve("openspec/config.yaml"), "schema: spec-driven\nstore: team-store\n");
        assertThat(new io.specgraph.parse.OpenSpecReader()
                .detect(io.specgraph.parse.FileIndex.walk(repo))).isFalse();
    }

    @Test
    void identityLabelsDoNotRenameOrReKindAChange(@TempDir Path repo) {
        write(repo.resolve("openspec/changes/add-y/proposal.md"),
                "# Add Y\n\n**ID**: PROJ-12\n**Type**: Enhancement\n**Status**: Draft\n\n## Why\nBecause.\n");
        Fixtures.Read read = Fixtures.read(repo);
        Node n = read.node("add-y");
        assertThat(n.kind()).isEqualTo(io.specgraph.model.NodeKind.CHANGE);
        assertThat(n.status()).isEqualTo("Draft");
        assertThat(n.title()).isEqualTo("Add Y");
        assertThat(read.findings()).isEmpty();
    }
}
