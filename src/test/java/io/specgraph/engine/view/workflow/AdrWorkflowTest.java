package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The ADR lifecycle on the demo (MADR front matter) and on Nygard / adr-tools fixtures, on real files. */
class AdrWorkflowTest {

    @TempDir
    Path tmp;

    private static Node node(Workspace ws, String key) {
        return ws.graph().node(key).orElseThrow();
    }

    private static List<String> findings(Workspace ws, String key, String rule) {
        Node n = node(ws, key);
        return ws.findings().stream().filter(f -> f.rule().equals(rule) && n.id().equals(f.node())
                && n.repo().equals(f.repo())).map(f -> f.message()).toList();
    }

    @Test
    void approvingTheDemoPaymentProviderAdrUnblocksThePaymentsSpec() throws Exception {
        Path demo = FxDemo.fresh(tmp);
        Workspace ws = FxDemo.load(demo);
        AdrWorkflow flow = new AdrWorkflow(ws);
        assertThat(flow.actions("platform/ADR-100")).containsExactly(AdrAction.TO_REVIEW);
        AdrPlan early = flow.plan(AdrAction.APPROVE, "platform/ADR-100", null);
        assertThat(early.ok()).isFalse();
        assertThat(early.refusal()).contains("cannot go from Proposed to Approved").contains("In Review");

        Path adrFile = demo.resolve("platform/adr/ADR-100-payment-provider.md");
        String before = Files.readString(adrFile);
        AdrPlan review = flow.plan(AdrAction.TO_REVIEW, "platform/ADR-100", null);
        assertThat(review.message()).isEqualTo("ADR-100: status proposed → in review");
        assertThat(flow.apply(review)).containsExactly("platform/adr/ADR-100-payment-provider.md");
        assertThat(Files.readString(adrFile)).isEqualTo(before.replace("status: \"proposed\"",
                "status: \"in review\""));

        ws = FxDemo.load(demo);
        assertThat(node(ws, "platform/ADR-100").state()).isEqualTo(LifecycleState.IN_REVIEW);
        assertThat(findings(ws, "payments/SPEC-PAY-02", "RI1")).isNotEmpty();
        flow = new AdrWorkflow(ws);
        assertThat(flow.actions("platform/ADR-100")).containsExactly(AdrAction.APPROVE, AdrAction.REJECT);
        AdrPlan approve = flow.plan(AdrAction.APPROVE, "platform/ADR-100", null);
        assertThat(approve.ok()).as(approve.refusal()).isTrue();
        assertThat(approve.message()).isEqualTo("ADR-100: status in review → accepted; "
                + "SPEC-PAY-02: status Blocked → Approved");
        assertThat(approve.files()).containsExactly("platform/adr/ADR-100-payment-provider.md",
                "payments/specs/SPEC-PAY-02-guest-payment-authorization.md");
        String spec = Files.readString(demo.resolve("payments/specs/SPEC-PAY-02-guest-payment-authorization.md"));
        flow.apply(approve);
        assertThat(Files.readString(demo.resolve("payments/specs/SPEC-PAY-02-guest-payment-authorization.md")))
                .isEqualTo(spec.replace("- Status: Blocked", "- Status: Approved"));

        ws = FxDemo.load(demo);
        assertThat(node(ws, "platform/ADR-100").state()).isEqualTo(LifecycleState.APPROVED);
        assertThat(node(ws, "payments/SPEC-PAY-02").state()).isEqualTo(LifecycleState.APPROVED);
        assertThat(node(ws, "payments/SPEC-PAY-02").meta().items("blocked_by")).containsExactly("platform:ADR-100");
        assertThat(findings(ws, "payments/SPEC-PAY-02", "RI1")).isEmpty();
        assertThat(findings(ws, "payments/SPEC-PAY-02", "LC2")).isEmpty();
        assertThat(findings(ws, "payments/SPEC-PAY-02", "LC3")).isEmpty();
    }

    @Test
    void refusesToWriteWhenAFileChangedOnDiskAfterPlanning() throws Exception {
        Path demo = FxDemo.fresh(tmp);
        AdrWorkflow flow = new AdrWorkflow(FxDemo.load(demo));
        AdrPlan review = flow.plan(AdrAction.TO_REVIEW, "platform/ADR-100", null);
        Path adrFile = demo.resolve("platform/adr/ADR-100-payment-provider.md");
        String theirs = Files.readString(adrFile) + "\nA late note.\n";
        Files.writeString(adrFile, theirs);
        assertThatThrownBy(() -> flow.apply(review)).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("changed on disk");
        assertThat(Files.readString(adrFile)).isEqualTo(theirs);
    }

    private TestRepos nygard() {
        return new TestRepos(tmp)
                .file("svc/doc/adr/0001-use-rest.md", "# 1. Use REST\n\nDate: 2025-01-02\n\n## Status\n\nAccepted\n\n"
                        + "## Context\n\nWe need an API.\n\n## Decision\n\nREST.\n\n## Consequences\n\nFine.\n")
                .file("svc/doc/adr/0002-use-grpc.md", "# 2. Use gRPC\n\nDate: 2025-03-04\n\n## Status\n\n"
                        + "Proposed\n\n## Context\n\nREST is slow.\n\n## Decision\n\ngRPC.\n\n## Consequences\n\nOk.\n");
    }

    @Test
    void supersedingWritesBothSidesInTheAdrToolsStyle() throws Exception {
        TestRepos repos = nygard();
        Workspace ws = repos.load();
        AdrWorkflow flow = new AdrWorkflow(ws);
        assertThat(flow.actions("svc/ADR-1")).containsExactly(AdrAction.SUPERSEDE);
        assertThat(flow.candidates("svc/ADR-1")).extracting(Node::id).containsExactly("ADR-2");
        AdrPlan plan = flow.plan(AdrAction.SUPERSEDE, "svc/ADR-1", "svc/ADR-2");
        assertThat(plan.ok()).as(plan.refusal()).isTrue();
        assertThat(plan.message()).isEqualTo("ADR-1: status Accepted → Superseded by [2. Use gRPC](0002-use-grpc.md); "
                + "ADR-2: supersedes += ADR-1");
        flow.apply(plan);
        assertThat(repos.read("svc/doc/adr/0001-use-rest.md"))
                .contains("## Status\n\nSuperseded by [2. Use gRPC](0002-use-grpc.md)\n\n## Context");
        assertThat(repos.read("svc/doc/adr/0002-use-grpc.md"))
                .contains("## Status\n\nProposed\n\nSupersedes [1. Use REST](0001-use-rest.md)\n\n## Context");

        Workspace after = repos.load();
        assertThat(node(after, "svc/ADR-1").state()).isEqualTo(LifecycleState.SUPERSEDED);
        assertThat(node(after, "svc/ADR-2").state()).isEqualTo(LifecycleState.PROPOSED);
        assertThat(after.findings()).noneMatch(f -> f.rule().startsWith("ADR") || f.rule().equals("LG1"));
    }

    @Test
    void supersedingAMadrRecordWritesItsFrontMatter() throws Exception {
        TestRepos repos = new TestRepos(tmp)
                .file("p/docs/decisions/0001-db.md", "---\nstatus: accepted\ndate: 2025-01-01\n---\n\n# Use MySQL\n\n"
                        + "## Context and Problem Statement\n\nData.\n\n## Decision Outcome\n\nMySQL.\n")
                .file("p/docs/decisions/0002-db.md", "---\nstatus: proposed\ndate: 2025-02-01\n---\n\n# Use Postgres"
                        + "\n\n## Context and Problem Statement\n\nData.\n\n## Decision Outcome\n\nPostgres.\n");
        Workspace ws = repos.load();
        AdrWorkflow flow = new AdrWorkflow(ws);
        String older = ws.graph().nodes().stream().filter(n -> n.path().endsWith("0001-db.md")).findFirst()
                .orElseThrow().key();
        String newer = ws.graph().nodes().stream().filter(n -> n.path().endsWith("0002-db.md")).findFirst()
                .orElseThrow().key();
        AdrPlan plan = flow.plan(AdrAction.SUPERSEDE, older, newer);
        assertThat(plan.ok()).as(plan.refusal()).isTrue();
        flow.apply(plan);
        assertThat(repos.read("p/docs/decisions/0001-db.md")).startsWith("---\nstatus: superseded by ADR-2\n");
        assertThat(repos.read("p/docs/decisions/0002-db.md")).contains("supersedes: [ADR-1]\n---").startsWith("---\n");
        Workspace after = repos.load();
        assertThat(node(after, older).state()).isEqualTo(LifecycleState.SUPERSEDED);
        assertThat(after.findings()).noneMatch(f -> f.rule().startsWith("ADR") || f.rule().equals("LG1"));
    }

    @Test
    void refusesIllegalStepsAndSupersedingWithoutAPick() {
        Workspace ws = nygard().load();
        AdrWorkflow flow = new AdrWorkflow(ws);
        assertThat(flow.plan(AdrAction.TO_REVIEW, "svc/ADR-1", null).refusal())
                .isEqualTo("ADR-1 cannot go from Approved to In Review; legal next states: Superseded, Deprecated");
        assertThat(flow.plan(AdrAction.SUPERSEDE, "svc/ADR-1", null).refusal()).contains("pick the ADR");
        assertThat(flow.plan(AdrAction.SUPERSEDE, "svc/ADR-1", "svc/ADR-1").refusal()).contains("itself");
        assertThat(flow.plan(AdrAction.APPROVE, "svc/NOPE", null).refusal()).contains("no ADR svc/NOPE");
        assertThat(flow.actions("svc/NOPE")).isEmpty();
    }

    @Test
    void rejectingKeepsBlockedSpecsBlockedAndSaysTheyNeedANewAdr() throws IOException {
        Path demo = FxDemo.fresh(tmp);
        Workspace ws = FxDemo.load(demo);
        AdrPlan reject = new AdrWorkflow(ws).plan(AdrAction.REJECT, "platform/ADR-103", null);
        assertThat(reject.ok()).as(reject.refusal()).isTrue();
        assertThat(reject.edits()).hasSize(1);
        assertThat(reject.message()).isEqualTo("ADR-103: status In Review → Rejected");
        assertThat(reject.notes()).isNotEmpty().allMatch(n -> n.contains("needs a new ADR"));
    }

    private TestRepos blockedSpec(String blockedBy) {
        return new TestRepos(tmp)
                .file("comp/adr/0001-cache.md", "# 1. Cache\n\nDate: 2025-01-02\n\n## Status\n\nIn Review\n\n"
                        + "## Context\n\nSlow.\n\n## Decision\n\nCache.\n\n## Consequences\n\nFast.\n")
                .file("comp/adr/0002-queue.md", "# 2. Queue\n\nDate: 2025-01-03\n\n## Status\n\nProposed\n\n"
                        + "## Context\n\nSpiky.\n\n## Decision\n\nQueue.\n\n## Consequences\n\nSmooth.\n")
                .file("comp/specs/SPEC-C-01-cache.md", "# Cache the catalogue\n\n## Metadata\n- ID: SPEC-C-01\n"
                        + "- Kind: component-spec\n- Status: Blocked\n- Blocked By: " + blockedBy + "\n\n"
                        + "## Problem Statement\n\nSlow pages.\n");
    }

    @Test
    void aSpecWaitingOnAnotherAdrStaysBlocked() {
        Workspace ws = blockedSpec("ADR-1, ADR-2").load();
        AdrPlan plan = new AdrWorkflow(ws).plan(AdrAction.APPROVE, "comp/ADR-1", null);
        assertThat(plan.ok()).as(plan.refusal()).isTrue();
        assertThat(plan.edits()).hasSize(1);
        assertThat(plan.notes()).containsExactly("SPEC-C-01 stays Blocked: it also waits on ADR-2 (Proposed)");
    }

    @Test
    void aSpecFailingAnotherGateStaysBlockedAndSaysWhich() {
        Workspace ws = blockedSpec("ADR-1").load();
        AdrPlan plan = new AdrWorkflow(ws).plan(AdrAction.APPROVE, "comp/ADR-1", null);
        assertThat(plan.edits()).extracting(AdrFileEdit::nodeId).containsExactly("ADR-1");
        assertThat(plan.notes()).singleElement().asString()
                .startsWith("SPEC-C-01 stays Blocked: it cannot be Approved while ").contains("context-completeness")
                .doesNotContain("RI1");
    }

    @Test
    void approvingAnAdrThatBlocksAnImplementingSpecLeavesItsStatus() {
        Workspace ws = FxDemo.workspace();
        AdrPlan plan = new AdrWorkflow(ws).plan(AdrAction.APPROVE, "platform/ADR-103", null);
        assertThat(plan.message()).isEqualTo("ADR-103: status In Review → Accepted");
        assertThat(plan.notes()).contains("SPEC-SHIP-06 is no longer blocked by ADR-103 (its status Implementing "
                + "stays)");
    }
}
