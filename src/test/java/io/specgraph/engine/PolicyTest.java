package io.specgraph.engine;

import io.specgraph.model.Finding;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Severity;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The gates policy file (docs/policy.md) and the scope of the gates. */
class PolicyTest {

    @TempDir
    Path tmp;

    private TestRepos golden() {
        return GoldenRepos.write(new TestRepos(tmp));
    }

    @Test
    void aPlainSpecKitFeatureIsNotJudgedByTheSeedGates() {
        Workspace ws = new TestRepos(tmp)
                .file("kit/.specify/memory/constitution.md", "# C\n\nWe log everything.\n")
                .file("kit/specs/001-hello/spec.md", "# Feature Specification: Hello\n\n**Status**: Draft\n\n## User\n")
                .file("kit/specs/002-pinned/spec.md", "# Feature Specification: Pinned\n\n**Status**: Draft\n\n"
                        + "**Context Pack**: cp-main\n\n## User\n")
                .load();
        assertThat(ws.gates().verdicts()).containsOnlyKeys("kit/002-pinned");
        assertThat(ws.findings()).filteredOn(f -> f.gate() != null).extracting(Finding::node)
                .containsOnly("002-pinned");
    }

    @Test
    void gatesAllJudgesEverySpecAndOffNone() {
        TestRepos repos = new TestRepos(tmp)
                .file("kit/.specify/memory/constitution.md", "# C\n\nWe log everything.\n")
                .file("kit/.specify/memory/gates.yaml", "gates: all\n")
                .file("kit/specs/001-hello/spec.md", "# Feature Specification: Hello\n\n**Status**: Draft\n");
        assertThat(repos.load().gates().verdicts()).containsOnlyKeys("kit/001-hello");
        repos.file("kit/.specify/memory/gates.yaml", "gates: off\n");
        assertThat(repos.load().gates().verdicts()).isEmpty();
    }

    @Test
    void rulesCanBeTurnedOffOrRetunedAndThePolicyIsReported() {
        TestRepos repos = golden().file("cart/specs/SPEC-CART-2.md", GoldenRepos.componentSpec("SPEC-CART-2", "PLAT-1 v1")
                .replace("p95 latency < 250 ms", "fast").replace("## Acceptance Criteria\n\n- Given", "## Notes\n\n- Given"));
        Workspace before = repos.load();
        assertThat(before.findings()).extracting(Finding::rule).contains("NF3", "RI3");
        repos.file("platform/constitution/gates.yaml", "# platform gates policy\nrules:\n  NF3: warning\n  RI3: off\n");
        Workspace after = repos.load();
        assertThat(after.findings()).extracting(Finding::rule).doesNotContain("RI3");
        assertThat(after.findings()).filteredOn(f -> f.rule().equals("NF3"))
                .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(after.gates().policy().file()).isEqualTo("platform/constitution/gates.yaml");
        assertThat(after.gates().allPass("cart/SPEC-CART-2")).isTrue();
    }

    @Test
    void requiredSectionsAndExtraStatusWords() {
        TestRepos repos = golden()
                .file("platform/constitution/gates.yaml", "required_sections:\n  component-spec: [Rollout, Testing]\n"
                        + "status_words:\n  spec:\n    ready for dev: Approved\n  adr:\n    agreed: Approved\n")
                .file("cart/specs/SPEC-CART-2.md", GoldenRepos.componentSpec("SPEC-CART-2", "PLAT-1 v1")
                        .replace("- Status: Draft", "- Status: Ready for dev") + "\n## Rollout\n\nBehind a flag.\n");
        Workspace ws = repos.load();
        assertThat(ws.graph().node("cart/SPEC-CART-2").orElseThrow().state()).isEqualTo(LifecycleState.APPROVED);
        assertThat(ws.findings()).filteredOn(f -> f.rule().equals("RS1"))
                .extracting(f -> f.node() + ": " + f.message().substring(0, f.message().indexOf(" section")))
                .containsExactlyInAnyOrder("SPEC-CART-1: SPEC-CART-1 has no 'Rollout'", "SPEC-CART-1: SPEC-CART-1 has no "
                        + "'Testing'", "SPEC-CART-2: SPEC-CART-2 has no 'Testing'");
    }

    @Test
    void mistakesInThePolicyAreFindingsAndTheRestStillApplies() {
        Workspace ws = golden().file("platform/constitution/gates.yaml",
                "rules:\n  XX9: off\n  NF1: loud\n  NF2: off\nrequired_sections:\n  widget: [A]\ngates: sometimes\n").load();
        assertThat(ws.findings()).filteredOn(f -> f.path().equals("constitution/gates.yaml"))
                .extracting(Finding::message).anySatisfy(m -> assertThat(m).contains("XX9"))
                .anySatisfy(m -> assertThat(m).contains("'loud'")).anySatisfy(m -> assertThat(m).contains("widget"))
                .anySatisfy(m -> assertThat(m).contains("sometimes"));
        assertThat(ws.gates().policy().off()).containsExactly("NF2");
    }
}
