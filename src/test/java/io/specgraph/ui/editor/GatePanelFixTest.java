package io.specgraph.ui.editor;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.edit.GatePanel;
import io.specgraph.engine.view.fix.Fix;
import io.specgraph.engine.view.fix.Fixes;
import io.specgraph.model.Finding;
import io.specgraph.ui.FxDemo;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The gate panel shows a Fix button on a fixable finding (and only there), and clicking it hands over the fix. */
@ExtendWith(ApplicationExtension.class)
class GatePanelFixTest {

    private static final String PATH = "specs/SPEC-CART-02-merge-guest-cart.md";
    private final Workspace ws = FxDemo.workspace();
    private final List<Fix> fixed = new ArrayList<>();
    private GatePanelView view;

    @Start
    void start(Stage stage) {
        view = new GatePanelView(f -> { });
        view.setFixes(f -> Fixes.of(ws, f, null));
        view.setOnFix(fixed::add);
        view.show(GatePanel.of(ws, "cart/SPEC-CART-02", "cart", PATH));
        stage.setScene(new Scene(view.root(), 480, 900));
        stage.show();
    }

    @Test
    void aFixableFindingHasAFixButtonThatHandsTheFixOver(FxRobot robot) {
        List<Finding> shown = view.findings().getItems();
        assertThat(shown).extracting(Finding::rule).contains("LC4");
        Button fix = robot.lookup("#editor-fix-LC4").queryAs(Button.class);
        assertThat(fix.getText()).isEqualTo("Fix: Pin cp-checkout v2 (newest)");
        assertThat(robot.lookup(".sg-editor-fix").queryAll()).hasSize((int) shown.stream()
                .filter(f -> Fixes.of(ws, f, null).isPresent()).count());
        robot.clickOn(fix);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixed).hasSize(1);
        assertThat(fixed.get(0).label()).isEqualTo("Pin cp-checkout v2 (newest)");
        assertThat(fixed.get(0).edits("cart", PATH)).isTrue();
    }

    @Test
    void withoutAFixSourceNoButtonIsShown(FxRobot robot) {
        robot.interact(() -> {
            view.setFixes(null);
            view.show(GatePanel.of(ws, "cart/SPEC-CART-02", "cart", PATH));
        });
        assertThat(robot.lookup(".sg-editor-fix").queryAll()).isEmpty();
        assertThat(view.findings().getItems()).extracting(Finding::rule).containsAnyElementsOf(Set.of("LC4"));
    }
}
