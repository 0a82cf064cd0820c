package io.specgraph.engine.view.review;

import io.specgraph.model.Severity;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each queue category from a small workspace written to disk: the golden workspace with one thing changed. */
class ReviewQueueCategoriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static final String SPEC = "cart/specs/SPEC-CART-1.md";

    @TempDir
    Path tmp;

    private TestRepos golden() {
        return GoldenRepos.write(new TestRepos(tmp));
    }

    private ReviewQueue queue(TestRepos repos) {
        return ReviewQueue.of(repos.load(), TODAY);
    }

    private static String spec(String change) {
        return GoldenRepos.componentSpec("SPEC-CART-1", "PLAT-1 v1").replace("- Blocked By: []", change);
    }

    @Test
    void aWorkspaceThatPassesEverythingLeavesTheQueueEmpty() {
        assertThat(queue(golden()).rows()).isEmpty();
    }

    @Test
    void aProposedGlobalAdrBlocksTheSpecAndIsAwaitingItsDeciders() {
        TestRepos repos = golden()
                .file(SPEC, spec("- Blocked By: ADR-7"))
                .file("platform/adr/0007-payment-provider.md", "---\nstatus: proposed\ndate: 2026-02-20\n"
                        + "deciders: [A. Jansen, B. Smit]\n---\n# Payment provider\n\n## Context\n\nPay.\n");
        ReviewQueue q = queue(repos);
        assertThat(q.rows(ReviewCategory.BLOCKED)).singleElement().satisfies(r -> {
            assertThat(r.nodeKey()).isEqualTo("cart/SPEC-CART-1");
            assertThat(r.relatedKey()).isEqualTo("platform/ADR-7");
            assertThat(r.reason()).isEqualTo("blocked by ADR-7 (Proposed)");
            assertThat(r.owner()).isEqualTo("A. Jansen, B. Smit");
            assertThat(r.ageDays()).isEqualTo(9);
            assertThat(r.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(q.rows(ReviewCategory.AWAITING_DECISION)).singleElement()
                .extracting(ReviewRow::nodeKey, ReviewRow::reason, ReviewRow::owner)
                .containsExactly("platform/ADR-7", "Proposed — blocks SPEC-CART-1", "A. Jansen, B. Smit");
        assertThat(q.rows(ReviewCategory.FAILING_GATE)).singleElement()
                .extracting(ReviewRow::reason).asString().startsWith("ready-to-implement fails: RI1 — ");
    }

    @Test
    void anApprovedAdrBlocksNothingAndASupersededOneNamesItsSuccessor() {
        TestRepos repos = golden()
                .file(SPEC, spec("- Blocked By: ADR-1, ADR-2"))
                .file("cart/adr/0001-redis.md", "# 1. Redis\n\nDate: 2026-01-01\n\n## Status\n\nAccepted\n\n"
                        + "## Context\n\nC.\n")
                .file("cart/adr/0002-sessions.md", "# 2. Sessions\n\n## Status\n\nSuperseded by [3. Tokens](0003-tokens.md)"
                        + "\n\n## Context\n\nC.\n")
                .file("cart/adr/0003-tokens.md", "# 3. Tokens\n\n## Status\n\nAccepted\n\nSupersedes [2. Sessions]"
                        + "(0002-sessions.md)\n\n## Context\n\nC.\n");
        ReviewQueue q = queue(repos);
        assertThat(q.rows(ReviewCategory.BLOCKED)).extracting(ReviewRow::relatedKey, ReviewRow::reason)
                .containsExactly(tuple("cart/ADR-2",
                        "blocked by ADR-2 (Superseded) by ADR-3: point blocked_by at its replacement"));
        assertThat(q.rows(ReviewCategory.AWAITING_DECISION)).isEmpty();
    }

    @Test
    void anAdrWithAnUnknownStatusAwaitsADecision() {
        TestRepos repos = golden().file("platform/adr/0004-queues.md",
                "# 4. Queues\n\n## Status\n\nThinking about it\n\n## Context\n\nC.\n");
        assertThat(queue(repos).rows(ReviewCategory.AWAITING_DECISION)).singleElement()
                .extracting(ReviewRow::reason, ReviewRow::severity, ReviewRow::ageDays)
                .containsExactly("no known status ('Thinking about it')", Severity.INFO, null);
    }

    @Test
    void aFailingGateIsOneRowNamingTheGateRulesAndCount() {
        TestRepos repos = golden().file(SPEC, GoldenRepos.componentSpec("SPEC-CART-1", "PLAT-1 v1")
                .replace("- p95 latency < 250 ms\n- Throughput: 50 orders per second\n", ""));
        assertThat(queue(repos).rows(ReviewCategory.FAILING_GATE)).singleElement().satisfies(r -> {
            assertThat(r.nodeKey()).isEqualTo("cart/SPEC-CART-1");
            assertThat(r.rules()).containsExactly("NF3");
            assertThat(r.reason()).startsWith("nfr-compliance fails: NF3 ×2 — ");
            assertThat(r.owner()).isEmpty();
        });
    }

    @Test
    void danglingAndOneSidedLinksAreLinkProblems() {
        TestRepos repos = golden()
                .file("platform/platform-specs/PLAT-1.md", GoldenRepos.platformSpec("PLAT-1", "SPEC-CART-1, SPEC-CART-9"))
                .file("cart/specs/SPEC-CART-2.md", GoldenRepos.componentSpec("SPEC-CART-2", "PLAT-1 v1"));
        assertThat(queue(repos).rows(ReviewCategory.LINK))
                .extracting(ReviewRow::nodeKey, r -> r.rules().get(0), ReviewRow::severity)
                .containsExactly(
                        tuple("platform/PLAT-1", "LG1", Severity.ERROR),
                        tuple("platform/PLAT-1", "LG2", Severity.WARNING));
    }

    @Test
    void aFindingAboutAFileThatIsNoNodeIsARowWithoutNode() {
        TestRepos repos = golden().file("platform/spec-graph.json", "{\"version\": 1, \"nodes\": [{\"id\": "
                + "\"SPEC-GHOST-1\", \"kind\": \"component-spec\", \"repo\": \"cart\"}]}\n");
        assertThat(queue(repos).rows(ReviewCategory.LINK)).filteredOn(r -> !r.hasNode()).singleElement()
                .satisfies(r -> {
                    assertThat(r.id()).isEqualTo("spec-graph.json");
                    assertThat(r.repo()).isEqualTo("platform");
                    assertThat(r.reason()).contains("SPEC-GHOST-1", "which no document declares");
                    assertThat(r.kind()).isNull();
                });
    }

    @Test
    void aPinOnAnOlderPackOrContractIsStale() {
        TestRepos repos = golden()
                .file("platform/context/cp-main-v2.md", GoldenRepos.PACK.replace("v1", "v2"))
                .file("platform/contracts/CONTRACT-1-v1.md", "---\nid: CONTRACT-1\nversion: v1\nconsumers: [cart]\n---\n")
                .file("platform/contracts/CONTRACT-1-v2.md", "---\nid: CONTRACT-1\nversion: v2\nconsumers: [cart]\n---\n"
                        + "# Orders v2\n\n## Compatibility Plan\n\nv1 and v2 are dual-published until cart moves.\n")
                .file(SPEC, spec("- Blocked By: []\n- Contracts Referenced: CONTRACT-1 v1"));
        assertThat(queue(repos).rows(ReviewCategory.STALE_PIN))
                .extracting(ReviewRow::nodeKey, ReviewRow::reason)
                .containsExactlyInAnyOrder(
                        tuple("cart/SPEC-CART-1", "references CONTRACT-1 v1, but CONTRACT-1 v2 exists"),
                        tuple("cart/SPEC-CART-1", "pins cp-main v1 while v2 is the newest: rebase the spec"),
                        tuple("platform/PLAT-1", "pins cp-main v1 while v2 is the newest: rebase the spec"));
    }

    @Test
    void aDoneSpecOnAnOlderPackIsNotStale() {
        TestRepos repos = golden()
                .file("platform/context/cp-main-v2.md", GoldenRepos.PACK.replace("v1", "v2"))
                .file("platform/platform-specs/PLAT-1.md", GoldenRepos.platformSpec("PLAT-1", "SPEC-CART-1")
                        .replace("cp-main v1", "cp-main v2"))
                .file(SPEC, GoldenRepos.componentSpec("SPEC-CART-1", "PLAT-1 v1").replace("Status: Draft", "Status: Done"));
        assertThat(queue(repos).rows(ReviewCategory.STALE_PIN)).isEmpty();
    }

    @Test
    void aSpecWithoutOwnerFallsBackToItsDomainsOwner() {
        TestRepos repos = golden()
                .file("platform/domains/cart.md", "---\nid: cart\nowner: Cart team\n---\n# Cart\n")
                .file(SPEC, spec("- Blocked By: []\n- Affects: cart\n- Observability: none")
                        .replace("- p95 latency < 250 ms\n", ""));
        assertThat(queue(repos).rows(ReviewCategory.FAILING_GATE)).singleElement()
                .extracting(ReviewRow::owner).isEqualTo("Cart team");
    }
}
