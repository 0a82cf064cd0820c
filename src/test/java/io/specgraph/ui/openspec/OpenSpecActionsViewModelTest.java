package io.specgraph.ui.openspec;

import io.specgraph.engine.view.workflow.OpenSpecArchivePlan;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.WorkspaceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenSpec panel's state and commands without a toolkit. */
class OpenSpecActionsViewModelTest {

    @TempDir
    Path tmp;

    @Test
    void showsTheStageOfAChangeAndNothingForOtherNodes() {
        WorkspaceModel model = new WorkspaceModel();
        OpenSpecActionsViewModel vm = new OpenSpecActionsViewModel(model, () -> { }, () -> LocalDate.of(2026, 3, 1));
        vm.changeKeyProperty().set("shipping/add-guest-quotes");
        assertThat(vm.stageProperty().get()).isEmpty();
        assertThat(vm.check().refusals()).containsExactly("no workspace is loaded");
        model.set(FxDemo.workspace());
        assertThat(vm.stageProperty().get()).isEqualTo("Implementing · 2/4 tasks · next: finish the tasks");
        assertThat(vm.archivableProperty().get()).isTrue();
        vm.changeKeyProperty().set("shipping/2026-01-20-add-quote-expiry");
        assertThat(vm.stageProperty().get()).startsWith("Archived");
        assertThat(vm.archivableProperty().get()).isFalse();
        vm.changeKeyProperty().set("cart/SPEC-CART-01");
        assertThat(vm.stageProperty().get()).isEmpty();
        assertThat(vm.archivableProperty().get()).isFalse();
    }

    @Test
    void archivingWithoutConfirmingOpenTasksWritesNothingAndSaysWhy() {
        Path demo = FxDemo.fresh(tmp);
        WorkspaceModel model = new WorkspaceModel();
        model.set(FxDemo.load(demo));
        AtomicInteger reloads = new AtomicInteger();
        OpenSpecActionsViewModel vm = new OpenSpecActionsViewModel(model, reloads::incrementAndGet,
                () -> LocalDate.of(2026, 3, 1));
        vm.changeKeyProperty().set("shipping/add-guest-quotes");
        OpenSpecArchivePlan plan = vm.check();
        assertThat(vm.archive(plan, false)).isFalse();
        assertThat(vm.messageProperty().get()).isEqualTo("2 incomplete task(s) in add-guest-quotes; confirm to "
                + "archive anyway (nothing was written)");
        assertThat(reloads).hasValue(0);
        assertThat(vm.archive(plan, true)).isTrue();
        assertThat(reloads).hasValue(1);
        assertThat(vm.changeKeyProperty().get()).isEqualTo("shipping/2026-03-01-add-guest-quotes");
    }
}
