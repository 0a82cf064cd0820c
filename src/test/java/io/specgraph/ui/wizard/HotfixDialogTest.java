package io.specgraph.ui.wizard;

import io.specgraph.model.EdgeKind;
import io.specgraph.model.LifecycleState;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "Hotfix" dialog under headless Monocle on a private copy of the demo: the user types what broke, answers that
 * the fix breaks a policy, sees the route and the documents, and Create writes the hotfix, its follow-up and the
 * policy exception ADR, reloads and opens them.
 */
@ExtendWith(ApplicationExtension.class)
class HotfixDialogTest {

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private Stage owner;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        demo = FxDemo.fresh(dir);
        wb = FanOutDialogFixture.workbench(dir, new FxTaskRunner());
        FanOutDialogFixture.mainWindow(stage);
        owner = stage;
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void routesAPolicyExceptionAndCreatesItsDocuments(FxRobot robot) throws Exception {
        FanOutDialogFixture.open(wb, demo);
        robot.interact(() -> HotfixDialog.show(owner, wb, FanOutDialogFixture.recorder(opened), "cart"));
        assertThat(robot.lookup("#hotfix-create").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#hotfix-problem").queryAs(Label.class).getText()).isEqualTo("Type a title");
        assertThat(robot.lookup("#hotfix-which-contract").queryAs(javafx.scene.Node.class).isVisible()).isFalse();

        robot.clickOn("#hotfix-title").write("Guest cart expires early");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#hotfix-route").queryAs(Label.class).getText()).startsWith("Route: Component-only");
        robot.clickOn("#hotfix-policy");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#hotfix-route").queryAs(Label.class).getText())
                .startsWith("Route: Policy exception");
        @SuppressWarnings("unchecked")
        ListView<Object> docs = robot.lookup("#hotfix-documents").queryAs(ListView.class);
        assertThat(docs.getItems()).hasSize(3);
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .map(javafx.scene.control.ListCell::getText).toList()).contains(
                "Hotfix spec: cart/HOTFIX-02 — cart/specs/HOTFIX-02-guest-cart-expires-early.md",
                "Policy exception ADR: platform/ADR-105 — platform/adr/"
                        + "0105-policy-exception-for-guest-cart-expires-early.md");

        robot.clickOn("#hotfix-create");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opened.size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).endsWith("cart/HOTFIX-02");
        assertThat(Files.readString(demo.resolve("cart/specs/HOTFIX-02-guest-cart-expires-early.md")))
                .contains("- Route: policy-exception", "- Blocked By: platform:ADR-105");
        assertThat(wb.model().get().graph().node("platform/ADR-105").orElseThrow().state())
                .isEqualTo(LifecycleState.PROPOSED);
        assertThat(wb.model().get().graph().outgoing("cart/HOTFIX-02", EdgeKind.FOLLOW_UP)).hasSize(1);
        assertThat(robot.listTargetWindows()).as("the dialog closed").hasSize(1);
    }

    @Test
    void theContractChoiceAppearsWithTheContractQuestion(FxRobot robot) throws Exception {
        FanOutDialogFixture.open(wb, demo);
        robot.interact(() -> HotfixDialog.show(owner, wb, FanOutDialogFixture.recorder(opened), null));

        robot.clickOn("#hotfix-title").write("Quote timeout");
        robot.clickOn("#hotfix-contract");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#hotfix-which-contract").queryAs(javafx.scene.Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#hotfix-route").queryAs(Label.class).getText()).startsWith("Route: Contract change");
        robot.clickOn("#hotfix-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows()).hasSize(1);
        try (var files = Files.list(demo.resolve("cart/specs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("HOTFIX"));
        }
    }
}
