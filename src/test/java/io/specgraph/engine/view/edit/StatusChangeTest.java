package io.specgraph.engine.view.edit;

import io.specgraph.engine.Workspace;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Status changes as {@code specgraph set status=} makes them, applied to a buffer instead of the file. */
class StatusChangeTest {

    private final Workspace ws = FxDemo.workspace();
    private final StatusChange status = new StatusChange();

    private Node node(String key) {
        return ws.graph().node(key).orElseThrow();
    }

    private byte[] file(Node n) throws Exception {
        return Files.readAllBytes(FxDemo.dir().resolve(n.repo()).resolve(n.path()));
    }

    @Test
    void onlyLegalNextStatesAreOfferedAndGuardedOnesAreRefusedWhileAGateFails() {
        Node draft = node("cart/SPEC-CART-06");
        assertThat(status.current(draft)).isEqualTo(LifecycleState.DRAFT);
        var options = status.options(ws, draft);
        assertThat(options).extracting(StatusChange.Option::state)
                .containsExactlyInAnyOrder(LifecycleState.APPROVED, LifecycleState.DISCOVERY, LifecycleState.PAUSED);
        StatusChange.Option approved = options.stream().filter(o -> o.state() == LifecycleState.APPROVED)
                .findFirst().orElseThrow();
        assertThat(approved.allowed()).isFalse();
        assertThat(approved.refusal()).contains("context-completeness");
        assertThat(approved.rules()).isNotEmpty();
        assertThat(options.stream().filter(o -> o.state() == LifecycleState.PAUSED).findFirst().orElseThrow()
                .allowed()).isTrue();
    }

    @Test
    void aRefusedChangeNamesTheFailingRulesAndLeavesTheBufferAlone() throws Exception {
        Node draft = node("cart/SPEC-CART-06");
        StatusChange.Outcome o = status.apply(ws, draft, file(draft), LifecycleState.APPROVED);
        assertThat(o.applied()).isFalse();
        assertThat(o.rules()).isNotEmpty();
        assertThat(o.message()).contains("cannot be Approved").contains(o.rules().get(0));
        StatusChange.Outcome illegal = status.apply(ws, draft, file(draft), LifecycleState.DONE);
        assertThat(illegal.applied()).isFalse();
        assertThat(illegal.message()).contains("cannot go from Draft to Done");
    }

    @Test
    void anAllowedChangeEditsOnlyTheStatusInTheBufferKeepingBomAndCrlf() throws Exception {
        Node approved = node("cart/SPEC-CART-02");
        String text = new String(file(approved), StandardCharsets.UTF_8).replace("\n", "\r\n");
        byte[] bomCrlf = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        StatusChange.Outcome o = status.apply(ws, approved, bomCrlf, LifecycleState.IMPLEMENTING);
        assertThat(o.applied()).as(o.message()).isTrue();
        String expected = "\uFEFF" + text.replace("\r\nstatus: Approved\r\n", "\r\nstatus: Implementing\r\n");
        assertThat(new String(o.bytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(o.message()).contains("Approved → Implementing");
    }

    @Test
    void thePanelShowsTheFiveGatesAndTheDocumentsFindings() {
        GatePanel p = GatePanel.of(ws, "cart/SPEC-CART-06", "cart", node("cart/SPEC-CART-06").path());
        assertThat(p.gates()).hasSize(5);
        assertThat(p.failing()).isTrue();
        assertThat(p.findings()).isNotEmpty().allMatch(f -> f.repo().equals("cart"));
        GatePanel ok = GatePanel.of(ws, "cart/SPEC-CART-01", "cart", node("cart/SPEC-CART-01").path());
        assertThat(ok.failing()).isFalse();
        GatePanel moved = GatePanel.of(ws, "cart/RENAMED", "cart", node("cart/SPEC-CART-01").path());
        assertThat(moved.nodeKey()).isEqualTo("cart/SPEC-CART-01");
        assertThat(GatePanel.of(ws, "cart/X", "cart", "nowhere.md").nodeKey()).isNull();
    }
}
