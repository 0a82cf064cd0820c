package io.specgraph.ui.wizard;

import io.specgraph.model.EdgeKind;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
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
 * The "Fan out" dialog under headless Monocle on a private copy of the demo with new fan-out tasks: the user sees
 * every task with its state, unticks one, and Create writes the other, reloads, adds it to the platform spec's
 * children and opens it.
 */
@ExtendWith(ApplicationExtension.class)
class FanOutDialogTest {

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private Stage owner;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        demo = FanOutViewModelTest.demoWithNewTasks(dir);
        wb = FanOutDialogFixture.workbench(dir, new FxTaskRunner());
        FanOutDialogFixture.mainWindow(stage);
        owner = stage;
    }

    @AfterEach
    void close() {
        wb.close();
    }

    @Test
    void createsTheTickedComponentSpecsAndOpensThem(FxRobot robot) throws Exception {
        FanOutDialogFixture.open(wb, demo);
        robot.interact(() -> FanOutDialog.show(owner, wb, FanOutDialogFixture.recorder(opened),
                "platform/PLAT-124"));
        assertThat(robot.listTargetWindows()).hasSize(2);

        assertThat(robot.lookup("#fanout-heading").queryAs(Label.class).getText())
                .isEqualTo("Fan out PLAT-124 — Guest Checkout");
        @SuppressWarnings("unchecked")
        TableView<FanOutViewModel.Row> table = robot.lookup("#fanout-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(10);
        List<String> cells = robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .map(TableCell::getText).toList();
        assertThat(cells).contains("New — contract change: its contract spec comes first",
                "SPEC-CART-07  specs/SPEC-CART-07-loyalty-points-in-the-cart.md",
                "Problem: no repo billing in the workspace (add it, or correct component_repo)",
                "Exists: cart/SPEC-CART-01");
        CheckBox t41 = robot.lookup("#fanout-tick-T041").queryAs(CheckBox.class);
        assertThat(t41.isDisabled()).as("a task with a problem cannot be ticked").isTrue();
        CheckBox t42 = robot.lookup("#fanout-tick-T042").queryAs(CheckBox.class);
        assertThat(t42.isSelected()).isTrue();

        robot.clickOn("#fanout-tick-T042");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(t42.isSelected()).isFalse();
        robot.clickOn("#fanout-create");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("cart/SPEC-CART-07");
        assertThat(Files.readString(demo.resolve("cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md")))
                .contains("- Implements: PLAT-124 v1", "- Blocked By: [ADR-103]");
        try (var files = Files.list(demo.resolve("payments/specs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("SPEC-PAY-07"));
        }
        assertThat(wb.model().get().graph().outgoing("platform/PLAT-124", EdgeKind.CHILD)).extracting(e -> e.to())
                .contains("cart/SPEC-CART-07");
        assertThat(robot.listTargetWindows()).as("the dialog closed").hasSize(1);
    }

    @Test
    void createIsDisabledWhenNothingCanBeFannedOut(FxRobot robot) throws Exception {
        FanOutDialogFixture.open(wb, demo);
        robot.interact(() -> FanOutDialog.show(owner, wb, FanOutDialogFixture.recorder(opened),
                "platform/PLAT-126"));

        assertThat(robot.lookup("#fanout-create").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#fanout-problem").queryAs(Label.class).getText())
                .startsWith("PLAT-126 has no fan-out tasks");
        robot.clickOn("#fanout-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows()).hasSize(1);
    }
}
