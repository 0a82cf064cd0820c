package io.specgraph.ui.adr;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.AdrBoard;
import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.review.AdrColumn;
import io.specgraph.engine.view.workflow.AdrAction;
import io.specgraph.engine.view.workflow.AdrPlan;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.RecordingNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The ADR board's lifecycle commands without a toolkit, on a private copy of the demo. */
class AdrBoardActionsViewModelTest {

    @TempDir
    Path tmp;

    private static AdrCard card(Workspace ws, String key) {
        return AdrBoard.of(ws).filter(null, null).columns().values().stream().flatMap(java.util.List::stream)
                .filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aReadOnlyBoardOffersNoStepsAndWritesNothing() {
        Workspace ws = FxDemo.workspace();
        AdrBoardViewModel vm = new AdrBoardViewModel(new RecordingNavigator());
        vm.setWorkspace(ws);
        AdrCard adr100 = card(ws, "platform/ADR-100");
        assertThat(vm.editable()).isFalse();
        assertThat(vm.actions(adr100)).isEmpty();
        assertThat(vm.apply(vm.plan(adr100, AdrAction.TO_REVIEW, null))).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("The ADR board is read-only here");
    }

    @Test
    void appliesAStepReloadsAndSaysWhatChanged() throws Exception {
        Path demo = FxDemo.fresh(tmp);
        Workspace ws = FxDemo.load(demo);
        AtomicInteger reloads = new AtomicInteger();
        AdrBoardViewModel vm = new AdrBoardViewModel(new RecordingNavigator(), reloads::incrementAndGet);
        vm.setWorkspace(ws);
        AdrCard adr100 = card(ws, "platform/ADR-100");
        assertThat(adr100.column()).isEqualTo(AdrColumn.PROPOSED);
        assertThat(vm.actions(adr100)).containsExactly(AdrAction.TO_REVIEW);
        assertThat(vm.candidates(card(ws, "platform/ADR-101"))).extracting(n -> n.id()).contains("ADR-100")
                .doesNotContain("ADR-101", "ADR-104");

        AdrPlan plan = vm.plan(adr100, AdrAction.TO_REVIEW, null);
        assertThat(vm.apply(plan)).isTrue();
        assertThat(reloads).hasValue(1);
        assertThat(vm.messageProperty().get()).isEqualTo("ADR-100: status proposed → in review (1 file)");

        assertThat(vm.apply(plan)).as("the file no longer holds what the plan read").isFalse();
        assertThat(reloads).hasValue(1);
        assertThat(vm.messageProperty().get()).contains("changed on disk since it was read; nothing was written");
        assertThat(Files.readString(demo.resolve("platform/adr/ADR-100-payment-provider.md")))
                .contains("status: \"in review\"");
    }
}
