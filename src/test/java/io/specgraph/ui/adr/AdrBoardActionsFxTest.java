package io.specgraph.ui.adr;

import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.engine.view.review.ReviewCategory;
import io.specgraph.engine.view.review.ReviewRow;
import io.specgraph.model.LifecycleState;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.RecordingNavigator;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.queue.ReviewerQueueView;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ADR board's lifecycle steps under headless Monocle on a private copy of the demo, beside the reviewer queue:
 * the reviewer moves ADR-100 to In Review and approves it, each time confirming a dialog that lists the files that
 * change, and sees SPEC-PAY-02 leave the queue's "Blocked by ADR" rows.
 */
@ExtendWith(ApplicationExtension.class)
class AdrBoardActionsFxTest {

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;

    @Start
    void start(Stage stage) throws Exception {
        demo = FxDemo.fresh(dir);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                new FxTaskRunner(), false);
        RecordingNavigator nav = new RecordingNavigator();
        SplitPane split = new SplitPane(new AdrBoardView(wb.model(), nav, wb::reload).root(),
                new ReviewerQueueView(wb.model(), nav).root());
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        Scene scene = new Scene(split, 1600, 1000);
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), "/io/specgraph/ui/specgraph.css");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private List<String> blockedRows(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<ReviewRow> table = robot.lookup("#queue-table").queryAs(TableView.class);
        return table.getItems().stream().filter(r -> r.category() == ReviewCategory.BLOCKED).map(ReviewRow::id)
                .toList();
    }

    private MenuItem action(FxRobot robot, String id) {
        MenuButton button = robot.lookup("#adr-actions-platform-ADR-100").queryAs(MenuButton.class);
        return button.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    private static List<String> items(FxRobot robot) {
        MenuButton button = robot.lookup("#adr-actions-platform-ADR-100").queryAs(MenuButton.class);
        return button.getItems().stream().map(MenuItem::getText).toList();
    }

    private static String changes(FxRobot robot) {
        VBox box = robot.lookup("#adr-confirm-changes").queryAs(VBox.class);
        return box.lookupAll(".label").stream().map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }

    private void waitForState(String key, LifecycleState state) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null
                && wb.model().get().graph().node(key).map(n -> n.state() == state).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void approvingTheProviderAdrTakesThePaymentsSpecOffTheBlockedList(FxRobot robot) throws Exception {
        wb.open(demo);
        waitForState("platform/ADR-100", LifecycleState.PROPOSED);
        assertThat(blockedRows(robot)).contains("SPEC-PAY-02");
        assertThat(items(robot)).containsExactly("Move to In Review");

        robot.interact(() -> action(robot, "adr-action-to-review").fire());
        assertThat(robot.listTargetWindows()).hasSize(2);
        assertThat(changes(robot)).contains("ADR-100: status proposed → in review")
                .contains("platform/adr/ADR-100-payment-provider.md");
        robot.clickOn("#adr-confirm-apply");
        waitForState("platform/ADR-100", LifecycleState.IN_REVIEW);
        assertThat(robot.listTargetWindows()).as("the dialog closed").hasSize(1);
        assertThat(blockedRows(robot)).contains("SPEC-PAY-02");
        assertThat(items(robot)).containsExactly("Approve", "Reject");

        robot.interact(() -> action(robot, "adr-action-approve").fire());
        assertThat(changes(robot)).contains("ADR-100: status in review → accepted")
                .contains("SPEC-PAY-02: status Blocked → Approved")
                .contains("payments/specs/SPEC-PAY-02-guest-payment-authorization.md")
                .contains("SPEC-PAY-02 is unblocked: Blocked → Approved");
        robot.clickOn("#adr-confirm-apply");
        waitForState("payments/SPEC-PAY-02", LifecycleState.APPROVED);

        assertThat(blockedRows(robot)).doesNotContain("SPEC-PAY-02");
        assertThat(robot.lookup("#adr-message").queryAs(Label.class).getText())
                .isEqualTo("ADR-100: status in review → accepted; SPEC-PAY-02: status Blocked → Approved (2 files)");
        assertThat(Files.readString(demo.resolve("platform/adr/ADR-100-payment-provider.md")))
                .contains("status: \"accepted\"");
        assertThat(items(robot)).as("an approved ADR can only be superseded").containsExactly("Supersede with…");
    }

    @Test
    void supersedeAsksForTheNewerAdrAndCancelWritesNothing(FxRobot robot) throws Exception {
        wb.open(demo);
        waitForState("platform/ADR-100", LifecycleState.PROPOSED);
        MenuButton button = robot.lookup("#adr-actions-platform-ADR-101").queryAs(MenuButton.class);
        MenuItem supersede = button.getItems().stream().filter(i -> "adr-action-supersede".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(supersede::fire);
        Button apply = robot.lookup("#adr-confirm-apply").queryAs(Button.class);
        assertThat(apply.isDisabled()).isTrue();
        assertThat(robot.lookup("#adr-confirm-refusal").queryAs(Label.class).getText())
                .isEqualTo("Pick the ADR that supersedes ADR-101.");
        @SuppressWarnings("unchecked")
        ComboBox<io.specgraph.model.Node> pick = robot.lookup("#adr-pick").queryAs(ComboBox.class);
        io.specgraph.model.Node adr100 = pick.getItems().stream().filter(n -> n.id().equals("ADR-100")).findFirst()
                .orElseThrow();
        robot.interact(() -> pick.setValue(adr100));
        assertThat(apply.isDisabled()).isFalse();
        assertThat(changes(robot)).contains("ADR-101: status Accepted → Superseded by [ADR-100](ADR-100-payment-provider.md)")
                .contains("ADR-100: supersedes += ADR-101");
        String before = Files.readString(demo.resolve("platform/adr/0101-guest-session-token.md"));
        robot.clickOn("#adr-confirm-cancel");
        assertThat(robot.listTargetWindows()).hasSize(1);
        assertThat(Files.readString(demo.resolve("platform/adr/0101-guest-session-token.md"))).isEqualTo(before);
    }
}
