package io.specgraph.engine.view.review;

import io.specgraph.engine.Workspace;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The reviewer queue of the built-in demo, row by row where the demo is designed to need a reviewer. */
class ReviewQueueDemoTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    private static ReviewQueue queue;

    @BeforeAll
    static void load() {
        Workspace ws = FxDemo.workspace();
        queue = ReviewQueue.of(ws, TODAY);
    }

    @Test
    void listsEachSpecBlockedByAnUndecidedAdrWithTheAdrsStateOwnerAndAge() {
        assertThat(queue.rows(ReviewCategory.BLOCKED))
                .extracting(ReviewRow::nodeKey, ReviewRow::relatedKey, ReviewRow::reason)
                .containsExactly(
                        tuple("payments/SPEC-PAY-02", "platform/ADR-100", "blocked by ADR-100 (Proposed)"),
                        tuple("payments/SPEC-PAY-05", "platform/ADR-104",
                                "blocked by ADR-104 (Rejected): update the spec to the rejected path"),
                        tuple("shipping/SPEC-SHIP-06", "platform/ADR-103", "blocked by ADR-103 (In Review)"));
        ReviewRow pay02 = queue.rows(ReviewCategory.BLOCKED).get(0);
        assertThat(pay02.owner()).isEqualTo("S. Lindqvist (payments), J. Abebe (platform architecture), CFO office");
        assertThat(pay02.since()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(pay02.ageDays()).isEqualTo(23);
        assertThat(pay02.status()).isEqualTo("Blocked");
        assertThat(pay02.kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(pay02.rules()).containsExactly("RI1");
        assertThat(pay02.path()).isEqualTo("specs/SPEC-PAY-02-guest-payment-authorization.md");
        assertThat(queue.rows(ReviewCategory.BLOCKED).get(2).rules()).containsExactlyInAnyOrder("RI1", "LC3");
    }

    @Test
    void approvedAdrsBlockNothing() {
        assertThat(queue.rows(ReviewCategory.BLOCKED)).extracting(ReviewRow::relatedKey)
                .doesNotContain("platform/ADR-101", "platform/ADR-102", "cart/ADR-1");
    }

    @Test
    void listsAdrsAwaitingADecisionWithWhatTheyBlock() {
        assertThat(queue.rows(ReviewCategory.AWAITING_DECISION))
                .extracting(ReviewRow::nodeKey, ReviewRow::status, ReviewRow::reason, ReviewRow::severity)
                .containsExactly(
                        tuple("platform/ADR-100", "Proposed", "Proposed — blocks SPEC-PAY-02; governs PLAT-124",
                                Severity.WARNING),
                        tuple("platform/ADR-103", "In Review", "In Review — blocks SPEC-SHIP-06", Severity.WARNING));
    }

    @Test
    void listsOneRowPerFailingGateWithItsRulesAndCount() {
        List<ReviewRow> gates = queue.rows(ReviewCategory.FAILING_GATE);
        long failVerdicts = FxDemo.workspace().gates().verdicts().values().stream()
                .flatMap(m -> m.values().stream()).filter(v -> v == io.specgraph.graph.gate.Verdict.FAIL).count();
        assertThat(gates).hasSize((int) failVerdicts).hasSize(17);
        assertThat(gates).filteredOn(r -> r.nodeKey().equals("platform/PLAT-126")).singleElement()
                .satisfies(r -> {
                    assertThat(r.rules()).containsExactly("CC1", "CC5");
                    assertThat(r.reason()).startsWith("context-completeness fails: CC1, CC5 ×2 — ");
                });
        assertThat(gates).filteredOn(r -> r.nodeKey().equals("cart/SPEC-CART-04"))
                .extracting(ReviewRow::rules).containsExactly(List.of("DV1"), List.of("NF2"));
        assertThat(gates).extracting(ReviewRow::nodeKey).contains("platform/CONTRACT-13@v2")
                .doesNotContain("cart/SPEC-CART-01", "platform/PLAT-124");
    }

    @Test
    void listsDanglingOneSidedAndCyclicLinks() {
        assertThat(queue.rows(ReviewCategory.LINK))
                .extracting(r -> r.nodeKey() + " " + r.rules().get(0))
                .contains("platform/PLAT-128 LG1", "platform/PLAT-130 LG1", "platform/PLAT-126 LG2",
                        "shipping/ADR-2 LG4", "shipping/ADR-3 ADR3", "shipping/SPEC-SHIP-08 LG3");
        assertThat(queue.rows(ReviewCategory.LINK)).filteredOn(r -> r.nodeKey().equals("platform/PLAT-128"))
                .singleElement().extracting(ReviewRow::reason)
                .isEqualTo("children cart:SPEC-CART-07 resolves to no node");
    }

    @Test
    void listsStalePackAndContractPins() {
        assertThat(queue.rows(ReviewCategory.STALE_PIN))
                .extracting(ReviewRow::nodeKey, r -> r.rules().isEmpty() ? "derived" : r.rules().get(0))
                .containsExactlyInAnyOrder(
                        tuple("cart/SPEC-CART-02", "LC4"),
                        tuple("payments/SPEC-PAY-03", "IS4"),
                        tuple("payments/SPEC-PAY-05", "derived"),
                        tuple("platform/PLAT-130", "derived"));
        assertThat(queue.rows(ReviewCategory.STALE_PIN)).filteredOn(r -> r.nodeKey().equals("platform/PLAT-130"))
                .singleElement().satisfies(r -> {
                    assertThat(r.reason()).isEqualTo("pins cp-checkout v1 while v2 is the newest: rebase before resuming");
                    assertThat(r.relatedKey()).isEqualTo("platform/cp-checkout@v2");
                });
    }

    @Test
    void countsEveryCategoryAndFiltersByCategoryAndRepo() {
        assertThat(queue.counts()).containsEntry(ReviewCategory.BLOCKED, 3)
                .containsEntry(ReviewCategory.AWAITING_DECISION, 2).containsEntry(ReviewCategory.STALE_PIN, 4)
                .hasSize(ReviewCategory.values().length);
        assertThat(queue.counts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(queue.size());
        ReviewQueue payments = queue.filter(Set.of(), "payments");
        assertThat(payments.rows()).isNotEmpty().allMatch(r -> r.repo().equals("payments"));
        assertThat(payments.counts()).containsEntry(ReviewCategory.BLOCKED, 2);
        assertThat(queue.filter(Set.of(ReviewCategory.BLOCKED, ReviewCategory.STALE_PIN), null).size()).isEqualTo(7);
        assertThat(queue.repos()).containsExactly("platform", "cart", "payments", "shipping");
    }

    @Test
    void rowsComeInQueueOrder() {
        assertThat(queue.rows()).isSortedAccordingTo(ReviewQueue.ORDER);
        assertThat(queue.rows().get(0).category()).isEqualTo(ReviewCategory.BLOCKED);
        assertThat(queue.rows().get(queue.size() - 1).category()).isEqualTo(ReviewCategory.STALE_PIN);
    }
}
