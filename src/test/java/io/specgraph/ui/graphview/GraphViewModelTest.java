package io.specgraph.ui.graphview;

import io.specgraph.ui.RecordingNavigator;
import io.specgraph.engine.view.graph.GroupBy;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.WorkspaceModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The view model without a toolkit: inline tasks, a navigator that records what it is asked. */
class GraphViewModelTest {

    private final RecordingNavigator recorder = new RecordingNavigator();
    private final WorkspaceModel model = new WorkspaceModel();
    private GraphViewModel vm;

    @BeforeEach
    void create() {
        Navigator nav = recorder;
        vm = new GraphViewModel(model, nav, TaskRunner.inline());
    }

    @Test
    void showsNothingWithoutAWorkspaceAndTheDemoOnceItArrives() {
        assertThat(vm.shownProperty().get().graph().nodes()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("No workspace");
        model.set(FxDemo.workspace());
        assertThat(vm.shownProperty().get().graph().nodes()).hasSize(54);
        assertThat(vm.statusProperty().get()).startsWith("54 of 54 nodes · 136 edges · elk-layered");
    }

    @Test
    void clickSelectsAndTellsTheNavigatorDoubleClickOpensTheDocument() {
        model.set(FxDemo.workspace());
        vm.click("platform/PLAT-124");
        vm.doubleClick("cart/SPEC-CART-01");
        vm.click(null);
        assertThat(recorder.calls()).containsExactly("select platform/PLAT-124", "select cart/SPEC-CART-01",
                "open cart/SPEC-CART-01");
        assertThat(vm.selectedProperty().get()).isEqualTo("cart/SPEC-CART-01");
    }

    @Test
    void doubleClickOnAGroupExpandsAndCollapsesIt() {
        model.set(FxDemo.workspace());
        vm.setGroupBy(GroupBy.REPO);
        assertThat(vm.shownProperty().get().graph().nodes()).hasSize(4);
        vm.doubleClick("group:repo:cart");
        assertThat(vm.shownProperty().get().graph().nodes()).hasSize(11);
        vm.doubleClick("group:repo:cart");
        assertThat(vm.shownProperty().get().graph().nodes()).hasSize(4);
        assertThat(recorder.calls()).isEmpty();
    }

    @Test
    void focusShowsTheNeighbourhoodAtTheChosenDepth() {
        model.set(FxDemo.workspace());
        vm.focus("payments/SPEC-PAY-05");
        assertThat(vm.shownProperty().get().graph().nodes()).hasSize(5);
        vm.setDepth(2);
        assertThat(vm.shownProperty().get().graph().nodes().size()).isGreaterThan(5);
        vm.clearFocus();
        assertThat(vm.shownProperty().get().graph().nodes()).hasSize(54);
        assertThat(recorder.calls()).containsExactly("select payments/SPEC-PAY-05");
    }

    @Test
    void inPathModeTwoClicksHighlightThePathAndLeavingItClearsIt() {
        model.set(FxDemo.workspace());
        vm.pathModeProperty().set(true);
        vm.click("cart/SPEC-CART-04");
        assertThat(vm.shownProperty().get().graph().path()).isEmpty();
        vm.click("platform/ECO-124");
        assertThat(vm.shownProperty().get().graph().path())
                .containsExactly("cart/SPEC-CART-04", "platform/PLAT-128", "platform/ECO-124");
        assertThat(vm.statusProperty().get()).contains("path of 2 steps");
        vm.pathModeProperty().set(false);
        assertThat(vm.shownProperty().get().graph().path()).isEmpty();
    }

    @Test
    void hoverSummaryNamesTheNodeItsStatusAndFailingRules() {
        model.set(FxDemo.workspace());
        String text = vm.summary("payments/SPEC-PAY-05");
        assertThat(text).startsWith("SPEC-PAY-05 · component-spec · payments").contains("Status: Paused",
                "Failing gates:");
        assertThat(text.lines().filter(l -> l.contains("(error)") || l.contains("(warning)"))).isNotEmpty();
        assertThat(vm.summary("nope/X")).isNull();
    }
}
