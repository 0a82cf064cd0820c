package io.specgraph.graph.gate;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Finding;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every gate and lifecycle rule on its own: the golden workspace passes all of them; one change to it makes exactly
 * the named rule fire on the changed spec (plus the rules that follow from it, listed).
 */
class GateRulesTest {

    @TempDir
    Path tmp;

    private static final String SPEC = "cart/specs/SPEC-CART-1.md";

    /** A change to the golden component spec, and the rules it must trigger there. */
    record Case(String rule, UnaryOperator<String> change, Set<String> expected) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("CC1", s -> s.replace("- Context Pack: cp-main v1\n", ""), Set.of("CC1")),
                new Case("CC1 without version", s -> s.replace("cp-main v1", "cp-main"), Set.of("CC1")),
                new Case("CC2", s -> s.replace("cp-main v1", "cp-main v9"), Set.of("CC2")),
                new Case("CC4", s -> s.replace("PLAT-1 v1", "PLAT-1 v7"), Set.of("CC4")),
                new Case("CC5", s -> s.replace("## NFRs\nSource: Platform MCP v3\n", "## NFRs\n"), Set.of("CC5")),
                new Case("CC5 MCP without version", s -> s.replace("## NFRs\nSource: Platform MCP v3", "## NFRs\nSource: "
                        + "Platform MCP — NFR pack"), Set.of("CC5")),
                new Case("DV1", s -> s.replace("- Blocked By: []", "- Blocked By: []\n- Affects: marketing"), Set.of("DV1")),
                new Case("DV2", s -> s.replace("- Blocked By: []", "- Blocked By: []\n- Contracts Referenced: CONTRACT-1"),
                        Set.of("DV2")),
                new Case("DV3", s -> s.replace("- Blocked By: []", "- Blocked By: []\n- Domain: payments"), Set.of("DV3")),
                new Case("IS1", s -> s.replace("- Blocked By: []", "- Blocked By: []\n- Contracts Referenced: CONTRACT-1 v4"),
                        Set.of("IS1")),
                new Case("IS2", s -> s.replace("- Blocked By: []", "- Blocked By: []\n- Contracts Referenced: CONTRACT-2 v1"),
                        Set.of("IS2")),
                new Case("IS4", s -> s.replace("- Blocked By: []", "- Blocked By: []\n- Contracts Referenced: CONTRACT-1 v1"),
                        Set.of("IS4")),
                new Case("NF1", s -> s.replace("- Logs, metrics and traces for every order.", "- Logs for every order."),
                        Set.of("NF1")),
                new Case("NF2", s -> s.replace("- PII: the guest e-mail is personal data and is encrypted at rest\n", ""),
                        Set.of("NF2")),
                new Case("NF3", s -> s.replace("- p95 latency < 250 ms\n", ""), Set.of("NF3")),
                new Case("RI1", s -> s.replace("- Blocked By: []", "- Blocked By: ADR-1"), Set.of("RI1")),
                new Case("RI2", s -> s.replace("Guests cannot check out.", "Guests cannot check out. "
                        + "[NEEDS CLARIFICATION: which payment methods?]"), Set.of("RI2")),
                new Case("RI3", s -> s.replace("when the guest pays, then", "the guest pays and"), Set.of("RI3")),
                new Case("LC2", s -> s.replace("- Status: Draft", "- Status: Approved").replace("- p95 latency < 250 ms\n",
                        ""), Set.of("NF3", "LC2")),
                new Case("LC3", s -> s.replace("- Status: Draft", "- Status: Blocked"), Set.of("LC3")));
    }

    private TestRepos golden() {
        return GoldenRepos.write(new TestRepos(tmp))
                .file("platform/contracts/CONTRACT-1-v1.md", "---\nid: CONTRACT-1\nversion: v1\nconsumers: [cart]\n---\n")
                .file("platform/contracts/CONTRACT-1-v2.md", "---\nid: CONTRACT-1\nversion: v2\nconsumers: [cart]\n---\n"
                        + "# Orders v2\n\n## Compatibility Plan\n\nv1 and v2 are dual-published until cart moves.\n")
                .file("platform/contracts/CONTRACT-2.md", "---\nid: CONTRACT-2\nversion: v1\nconsumers: [payments]\n---\n")
                .file("platform/domains/cart.md", "---\nid: cart\n---\n# Cart\n")
                .file("platform/domains/payments.md", "---\nid: payments\n---\n# Payments\n")
                .file("platform/adr/0001-use-stripe.md", "# 1. Use Stripe\n\n## Status\n\nProposed\n\n## Context\n\nPay.\n");
    }

    private static Set<String> rulesOn(Workspace ws, String node) {
        Set<String> out = new TreeSet<>();
        ws.findings().stream().filter(f -> node.equals(f.node())).map(Finding::rule).forEach(out::add);
        return out;
    }

    @Test
    void theGoldenWorkspacePassesEveryRule() {
        Workspace ws = golden().load();
        assertThat(ws.findings()).isEmpty();
        assertThat(ws.gates().allPass("cart/SPEC-CART-1")).isTrue();
        assertThat(ws.gates().allPass("platform/PLAT-1")).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void oneChangeTriggersExactlyItsRule(Case c) {
        TestRepos repos = golden();
        repos.file(SPEC, c.change().apply(repos.read(SPEC)));
        Workspace ws = repos.load();
        assertThat(rulesOn(ws, "SPEC-CART-1")).as(c.rule()).isEqualTo(c.expected());
        List<Finding> mine = ws.findings().stream().filter(f -> "SPEC-CART-1".equals(f.node())).toList();
        assertThat(mine).allSatisfy(f -> {
            assertThat(f.message()).isNotBlank();
            assertThat(f.hint()).isNotBlank();
            assertThat(f.path()).isNotBlank();
        });
    }

    @Test
    void cc3FailsWithoutAConstitutionAndWithAnEmptyOne() {
        TestRepos repos = golden().file("platform/constitution/constitution.md",
                "# [PROJECT_NAME] Constitution\n\n## Core Principles\n\n### [PRINCIPLE_1_NAME]\n[PRINCIPLE_1_DESCRIPTION]\n");
        assertThat(rulesOn(repos.load(), "SPEC-CART-1")).containsExactly("CC3");
    }

    @Test
    void is3FailsABreakingContractWithoutAPlanAndPassesWithOne() {
        TestRepos repos = golden().file("platform/contracts/CONTRACT-1-v2.md",
                "---\nid: CONTRACT-1\nversion: v2\nconsumers: [cart]\nbreaking: yes\n---\n# Orders v2\n");
        Workspace ws = repos.load();
        assertThat(ws.findings()).filteredOn(f -> f.rule().equals("IS3")).hasSize(2);
        assertThat(ws.gates().verdicts().get("platform/CONTRACT-1@v2"))
                .containsEntry(io.specgraph.model.Gate.INTEGRATION_SAFETY, Verdict.FAIL);
        repos.file("platform/contracts/CONTRACT-1-v2.md", "---\nid: CONTRACT-1\nversion: v2\nconsumers: [cart]\n"
                + "breaking: yes\n---\n# Orders v2\n\n## Compatibility Plan\n\nv1 and v2 are dual-published for 90 days.\n");
        assertThat(repos.load().findings()).filteredOn(f -> f.rule().equals("IS3")).isEmpty();
    }

    @Test
    void lc4FlagsAResumedSpecStillOnTheOldPack() {
        TestRepos repos = golden()
                .file("platform/context/cp-main-v2.md", GoldenRepos.PACK.replace("version: v1", "version: v2"));
        repos.file(SPEC, repos.read(SPEC) + "\n## Status History\n\n| date | status |\n|---|---|\n| 2026-01-02 | Paused |\n"
                + "| 2026-02-01 | Draft |\n");
        assertThat(rulesOn(repos.load(), "SPEC-CART-1")).containsExactly("LC4");
    }
}
