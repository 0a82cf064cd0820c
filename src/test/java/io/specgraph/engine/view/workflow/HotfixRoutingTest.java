package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Demo;
import io.specgraph.engine.Workspace;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Hotfix routing on a private copy of the demo: the three routes, the documents each writes, and refusals. */
class HotfixRoutingTest {

    @TempDir
    Path tmp;
    Path demo;
    Workspace ws;

    @BeforeEach
    void writeDemo() throws Exception {
        demo = Demo.write(tmp.resolve("demo")).dir();
        ws = FanOutTest.load(demo);
    }

    @Test
    void theAnswersPickTheRoute() {
        assertThat(HotfixRoute.of(false, false)).isEqualTo(HotfixRoute.COMPONENT_ONLY);
        assertThat(HotfixRoute.of(true, false)).isEqualTo(HotfixRoute.CONTRACT_CHANGE);
        assertThat(HotfixRoute.of(false, true)).isEqualTo(HotfixRoute.POLICY_EXCEPTION);
        assertThat(HotfixRoute.of(true, true)).isEqualTo(HotfixRoute.POLICY_EXCEPTION);
        assertThat(HotfixRouting.componentRepos(ws)).containsExactly("cart", "payments", "shipping");
        assertThat(HotfixRouting.contracts(ws)).contains("platform/CONTRACT-10@v2", "payments/CONTRACT-11@v1");
    }

    @Test
    void componentOnlyWritesAHotfixAndItsFollowUpLinkedInTheComponentRepo() throws Exception {
        HotfixPlan plan = HotfixRouting.plan(ws, new HotfixRequest("payments", "Refund sent twice", false, false,
                null));

        assertThat(plan.route()).isEqualTo(HotfixRoute.COMPONENT_ONLY);
        assertThat(plan.documents()).extracting(d -> d.role() + " " + d.nodeKey() + " " + d.proposal().path())
                .containsExactly("HOTFIX payments/HOTFIX-02 specs/HOTFIX-02-refund-sent-twice.md",
                        "FOLLOW_UP payments/SPEC-PAY-07 specs/SPEC-PAY-07-refund-sent-twice-hardening.md");

        FanOutResult result = HotfixRouting.apply(ws, plan, FanOutTest.DAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.written()).extracting(FanOutResult.Written::nodeKey)
                .containsExactly("payments/SPEC-PAY-07", "payments/HOTFIX-02");
        String hotfix = Files.readString(demo.resolve("payments/specs/HOTFIX-02-refund-sent-twice.md"));
        assertThat(hotfix).startsWith("# Refund sent twice\n").contains("- Route: component-only\n",
                "- Follow Up: SPEC-PAY-07\n", "- Domain: payments\n", "## Rollback\n", "## Validation\n");
        assertThat(Files.readString(demo.resolve("payments/specs/SPEC-PAY-07-refund-sent-twice-hardening.md")))
                .contains("Source: HOTFIX-02 (hotfix follow-up)\n");
        Workspace after = FanOutTest.load(demo);
        Node h = after.graph().node("payments/HOTFIX-02").orElseThrow();
        assertThat(h.kind()).isEqualTo(NodeKind.HOTFIX);
        assertThat(h.state()).isEqualTo(LifecycleState.DRAFT);
        assertThat(after.graph().outgoing("payments/HOTFIX-02", EdgeKind.FOLLOW_UP)).extracting(e -> e.to())
                .containsExactly("payments/SPEC-PAY-07");
        for (FanOutResult.Written w : result.written()) {
            assertThat(FanOutTest.formatFindings(after, w.repo(), w.path())).as(w.path()).isEmpty();
        }
    }

    @Test
    void contractChangeAndPolicyExceptionWriteTheContractsNextVersionAndAProposedAdrThatBlocksTheHotfix()
            throws Exception {
        HotfixPlan plan = HotfixRouting.plan(ws, new HotfixRequest("payments", "Authorize without order id", true,
                true, "platform/CONTRACT-10@v2"));

        assertThat(plan.route()).isEqualTo(HotfixRoute.POLICY_EXCEPTION);
        assertThat(plan.documents()).extracting(d -> d.role() + " " + d.nodeKey() + " " + d.proposal().path())
                .containsExactly(
                        "HOTFIX payments/HOTFIX-02 specs/HOTFIX-02-authorize-without-order-id.md",
                        "FOLLOW_UP payments/SPEC-PAY-07 specs/SPEC-PAY-07-authorize-without-order-id-hardening.md",
                        "CONTRACT_CHANGE platform/CONTRACT-10@v3 contracts/CONTRACT-10-order-events-v3.md",
                        "POLICY_ADR platform/ADR-105 adr/0105-policy-exception-for-authorize-without-order-id.md");

        FanOutResult result = HotfixRouting.apply(ws, plan, FanOutTest.DAY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.written()).extracting(FanOutResult.Written::nodeKey).containsExactly("platform/ADR-105",
                "platform/CONTRACT-10@v3", "payments/SPEC-PAY-07", "payments/HOTFIX-02");
        Workspace after = FanOutTest.load(demo);
        assertThat(after.graph().outgoing("payments/HOTFIX-02", EdgeKind.BLOCKED_BY)).extracting(e -> e.to())
                .containsExactly("platform/ADR-105");
        assertThat(after.graph().outgoing("payments/HOTFIX-02", EdgeKind.DEPENDS_ON)).extracting(e -> e.to())
                .containsExactly("platform/CONTRACT-10@v3");
        assertThat(after.graph().outgoing("payments/SPEC-PAY-07", EdgeKind.GOVERNED_BY)).extracting(e -> e.to())
                .containsExactly("platform/ADR-105");
        assertThat(after.graph().outgoing("payments/SPEC-PAY-07", EdgeKind.DEPENDS_ON)).extracting(e -> e.to())
                .containsExactly("platform/CONTRACT-10@v3");
        Node adr = after.graph().node("platform/ADR-105").orElseThrow();
        assertThat(adr.state()).isEqualTo(LifecycleState.PROPOSED);
        assertThat(adr.title()).isEqualTo("Policy exception for Authorize without order id");
        Node contract = after.graph().node("platform/CONTRACT-10@v3").orElseThrow();
        assertThat(contract.meta().items("consumers")).containsExactly("payments", "shipping");
        assertThat(contract.meta().value("owner")).isEqualTo("cart");
        assertThat(contract.meta().value("title")).isEqualTo("OrderPlaced event");
        assertThat(contract.title()).isEqualTo("CONTRACT-10 v3 — OrderPlaced event");
        for (FanOutResult.Written w : result.written()) {
            assertThat(FanOutTest.formatFindings(after, w.repo(), w.path())).as(w.path()).isEmpty();
        }
    }

    @Test
    void aNewContractGoesToThePlatformRepo() {
        HotfixPlan plan = HotfixRouting.plan(ws, new HotfixRequest("cart", "Cart totals feed", true, false, null));

        assertThat(plan.route()).isEqualTo(HotfixRoute.CONTRACT_CHANGE);
        assertThat(plan.document(HotfixDocument.Role.CONTRACT_CHANGE).orElseThrow().nodeKey())
                .isEqualTo("platform/CONTRACT-14@v1");
        assertThat(plan.document(HotfixDocument.Role.POLICY_ADR)).isEmpty();
    }

    @Test
    void refusesWhatItCannotRouteAndWritesNothingWhenAFileExists() throws Exception {
        assertThat(HotfixRouting.plan(ws, new HotfixRequest("billing", "x", false, false, null)).problem())
                .isEqualTo("no repo billing in the workspace");
        assertThat(HotfixRouting.plan(ws, new HotfixRequest("platform", "x", false, false, null)).problem())
                .startsWith("platform is the platform repo");
        assertThat(HotfixRouting.plan(ws, new HotfixRequest("cart", " ", false, false, null)).problem())
                .isEqualTo("Type a title");
        assertThat(HotfixRouting.plan(ws, new HotfixRequest("cart", "x", true, false, "platform/CONTRACT-99"))
                .problem()).isEqualTo("no contract platform/CONTRACT-99 in the workspace");

        HotfixPlan plan = HotfixRouting.plan(ws, new HotfixRequest("cart", "Token lost", false, false, null));
        Path followUp = demo.resolve("cart").resolve(plan.document(HotfixDocument.Role.FOLLOW_UP).orElseThrow()
                .proposal().path());
        Files.writeString(followUp, "mine\n");

        FanOutResult result = HotfixRouting.apply(ws, plan, FanOutTest.DAY);

        assertThat(result.written()).isEmpty();
        assertThat(result.problems()).containsExactly(
                "Follow-up spec: cart/specs/SPEC-CART-07-token-lost-hardening.md already exists", "nothing was written");
        assertThat(Files.readString(followUp)).isEqualTo("mine\n");
        assertThat(demo.resolve("cart").resolve(plan.documents().get(0).proposal().path())).doesNotExist();
    }
}
