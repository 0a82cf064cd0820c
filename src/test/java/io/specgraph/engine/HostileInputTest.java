package io.specgraph.engine;

import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.Span;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.specgraph.testkit.TestRepos.findings;
import static org.assertj.core.api.Assertions.assertThat;

/** Inputs from the code review that once crashed a run or resolved wrongly; each now reads as it should. */
class HostileInputTest {

    @TempDir
    Path tmp;

    @Test
    void recursiveAliasesAndHugeNumbersInLinksDoNotStopTheRun() {
        SpecGraph g = new TestRepos(tmp)
                .file("r/specs/SPEC-1.md", "---\nid: SPEC-1\nx: &a [*a]\nstatus: Draft\n---\n# One\n")
                .file("r/specs/SPEC-2.md", "---\nid: SPEC-2\nadrs: ['[x](../adr/20240101120000-old.md)']\n---\n# Two\n")
                .file("r/context/component.yaml", "component: r\n")
                .graph();
        assertThat(g.node("r/SPEC-1").orElseThrow().status()).isEqualTo("Draft");
        assertThat(findings(g, "LG1")).extracting(Finding::node).containsExactly("SPEC-2");
        assertThat(g.findings()).noneMatch(f -> f.rule().equals("RD0"));
    }

    @Test
    void aNumberedFileNameFallsBackToAnAdrOnlyWhenAnAdrIsExpected() {
        SpecGraph g = new TestRepos(tmp)
                .file("p/platform-specs/PLAT-1.md", "---\nid: PLAT-1\ncontract_specs: ['[Orders API](../contracts/0003-orders.md)']"
                        + "\nadrs: ['[three](../adr/0003-old-name.md)']\n---\n")
                .file("p/adr/0003-use-kafka.md", "# 3. Use Kafka\n\n## Status\n\nAccepted\n")
                .graph();
        assertThat(g.outgoing("p/PLAT-1", EdgeKind.DEPENDS_ON)).isEmpty();
        assertThat(g.outgoing("p/PLAT-1", EdgeKind.GOVERNED_BY)).extracting(Edge::to).containsExactly("p/ADR-3");
        assertThat(findings(g, "LG1")).anySatisfy(f -> assertThat(f.message()).contains("Orders API"));
    }

    @Test
    void aColonFollowedByTextIsNotARepoPrefix() {
        Ref r = Ref.parse("ADR-100: Payment provider", "a.md", Span.NONE);
        assertThat(r.repo()).isNull();
        assertThat(r.id()).isEqualTo("ADR-100");
    }

    @Test
    void aLinkToAFeatureFolderNamesItsSpec() {
        SpecGraph g = new TestRepos(tmp)
                .file("team/.specify/memory/constitution.md", "# C\n\nEverything is logged.\n")
                .file("team/specs/001-platform-spec/spec.md", "# Feature Specification: Checkout\n\n**Status**: Draft\n")
                .file("team/specs/002-cart/spec.md", "# Feature Specification: Cart\n\n"
                        + "**Implements**: [Platform spec](../001-platform-spec/)\n\n**Status**: Draft\n")
                .graph();
        assertThat(g.outgoing("team/002-cart", EdgeKind.IMPLEMENTS)).extracting(Edge::to)
                .containsExactly("team/001-platform-spec");
        assertThat(g.node("team/001-platform-spec").orElseThrow().kind()).isEqualTo(NodeKind.PLATFORM_SPEC);
    }

    @Test
    void versionSpellingsAndTheShortPackFormDoNotDrift() {
        SpecGraph g = new TestRepos(tmp)
                .file("p/platform-specs/PLAT-2.md", "---\nid: PLAT-2\nversion: 2.0\nstatus: Draft\n"
                        + "context_pack: cp-main-v1\ncontract_specs: [CONTRACT-1 v2.0]\n---\n")
                .file("p/contracts/CONTRACT-1.md", "---\nid: CONTRACT-1\nversion: v2\n---\n")
                .file("p/context/cp-main-v1.md", "---\nid: cp-main\nversion: v1\nsources: [Platform MCP v3]\n---\n")
                .file("p/spec-graph.json", "{\"version\": 1, \"nodes\": [{\"id\": \"PLAT-2\", \"repo\": \"p\", \"kind\": "
                        + "\"platform-spec\", \"path\": \"platform-specs/PLAT-2.md\", \"version\": \"v2\", \"status\": \"Draft\", "
                        + "\"dependsOn\": [\"CONTRACT-1@v2\"], \"contextPack\": \"cp-main@v1\"}, 42]}\n")
                .graph();
        assertThat(findings(g, "LG3")).isEmpty();
        assertThat(findings(g, "RD7")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("not an object"));
    }

    @Test
    void duplicateFeatureFoldersKeepTheirOwnPlans() {
        SpecGraph g = new TestRepos(tmp)
                .file("kit/.specify/memory/constitution.md", "# C\n\nLogs.\n")
                .file("kit/specs/a/001-x/spec.md", "---\nid: 001-x\n---\n# A\n")
                .file("kit/specs/a/001-x/plan.md", "# Plan A\n")
                .file("kit/specs/b/001-x/spec.md", "---\nid: 001-x\n---\n# B\n")
                .file("kit/specs/b/001-x/plan.md", "# Plan B\n")
                .graph();
        List<Edge> partOf = g.edges().stream().filter(e -> e.kind() == EdgeKind.PART_OF).toList();
        assertThat(partOf).extracting(e -> g.node(e.from()).orElseThrow().path() + " -> "
                        + g.node(e.to()).orElseThrow().path())
                .containsExactlyInAnyOrder("specs/a/001-x/plan.md -> specs/a/001-x/spec.md",
                        "specs/b/001-x/plan.md -> specs/b/001-x/spec.md");
    }
}
