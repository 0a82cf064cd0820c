package io.specgraph.ui.shell;

import io.specgraph.app.TestWorkbench;
import io.specgraph.app.Workbench;
import io.specgraph.engine.view.graph.LaidOutGraph;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", clicked through in the real main window: the queue shows at once which
 * spec is blocked and by what; "Show in graph" focuses it with its ADR beside it; the inspector's link leads to the
 * ADR and "Show in graph" there shows the blocked spec again. An architect goes from the initiatives board to the
 * graph and widens the focus to see one initiative's fan-out across every repo, and nothing else.
 */
@ExtendWith(ApplicationExtension.class)
class UserFlowsFxTest {

    @TempDir
    static Path home;
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.show(stage, home);
    }

    @Test
    void aReviewerFollowsABlockedSpecToItsAdrAndBack(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().model().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-queue");

        robot.clickOn("blocked by ADR-100 (Proposed)");
        assertThat(workbench.model().selectedProperty().get()).isEqualTo("payments/SPEC-PAY-02");
        robot.clickOn("#queue-show-in-graph");
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-graph");
        waitUntilShown("payments/SPEC-PAY-02", "platform/ADR-100");
        assertThat(workbench.graph().selectedKeyProperty().get()).isEqualTo("payments/SPEC-PAY-02");

        robot.clickOn((javafx.scene.control.Hyperlink h) -> h.getText().startsWith("\u2192 blocked-by") && h.getText().contains("ADR-100"));
        assertThat(workbench.model().selectedProperty().get()).isEqualTo("platform/ADR-100");
        robot.clickOn(robot.lookup("#inspector .button")
                .match((javafx.scene.control.Button b) -> "Show in graph".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        waitUntilShown("platform/ADR-100", "payments/SPEC-PAY-02");
        assertThat(workbench.graph().selectedKeyProperty().get()).isEqualTo("platform/ADR-100");
    }

    @Test
    void anArchitectNarrowsTheGraphToOneInitiativesFanOutAcrossRepos(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().model().get() != null);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn((javafx.scene.control.TreeTableCell<?, ?> c) -> c.getText() != null
                && c.getText().startsWith("ECO-124"));
        assertThat(workbench.model().selectedProperty().get()).isEqualTo("platform/ECO-124");
        robot.clickOn(robot.lookup("#inspector .button")
                .match((javafx.scene.control.Button b) -> "Show in graph".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        robot.clickOn("#graph-depth .increment-arrow-button");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            LaidOutGraph shown = workbench.graph().shownProperty().get();
            return "platform/ECO-124".equals(shown.query().focus()) && shown.query().depth() == 2
                    && shown.graph().node("cart/SPEC-CART-01").isPresent();
        });
        LaidOutGraph shown = workbench.graph().shownProperty().get();
        assertThat(shown.graph().nodes()).extracting(n -> n.repo())
                .contains("platform", "cart", "payments", "shipping");
        assertThat(shown.graph().nodes().size())
                .isLessThan(workbench.model().model().get().graph().nodes().size());
    }

    private void waitUntilShown(String focus, String neighbour) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            LaidOutGraph shown = workbench.graph().shownProperty().get();
            return focus.equals(shown.query().focus()) && shown.graph().node(neighbour).isPresent();
        });
    }
}
