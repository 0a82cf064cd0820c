package io.specgraph.ui.openspec;

import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
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
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenSpec panel under headless Monocle on a private copy of the demo: the stage of add-guest-quotes, the
 * archive dialog (spec updates, the move, open tasks to confirm), the archive itself, and a node that is no change.
 */
@ExtendWith(ApplicationExtension.class)
class OpenSpecActionsFxTest {

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private OpenSpecActions actions;

    @Start
    void start(Stage stage) throws Exception {
        demo = FxDemo.fresh(dir);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                new FxTaskRunner(), false);
        actions = new OpenSpecActions(wb.model(), wb::reload, () -> LocalDate.of(2026, 3, 1));
        Scene scene = new Scene(new StackPane(actions.root()), 900, 300);
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), "/io/specgraph/ui/specgraph.css");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static String texts(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(VBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
    }

    private void open() throws Exception {
        wb.open(demo);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void archivesTheDemoChangeAfterTheUserConfirmsItsOpenTasks(FxRobot robot) throws Exception {
        open();
        robot.interact(() -> actions.show("shipping/add-guest-quotes"));
        assertThat(robot.lookup("#openspec-stage").queryAs(Label.class).getText())
                .isEqualTo("Implementing · 2/4 tasks · next: finish the tasks");
        robot.clickOn("#openspec-archive");
        assertThat(robot.listTargetWindows()).hasSize(2);
        assertThat(texts(robot, "openspec-archive-changes"))
                .contains("shipping-quotes: update (+1 added, ~1 modified) — openspec/specs/shipping-quotes/spec.md")
                .contains("Moves openspec/changes/add-guest-quotes to "
                        + "openspec/changes/archive/2026-03-01-add-guest-quotes");
        Button archive = robot.lookup("#openspec-archive-apply").queryAs(Button.class);
        assertThat(archive.isDisabled()).as("open tasks need a tick first").isTrue();
        assertThat(robot.lookup("#openspec-archive-open-tasks").queryAs(CheckBox.class).getText())
                .isEqualTo("2 of 4 tasks are open — archive anyway");

        robot.clickOn("#openspec-archive-open-tasks");
        robot.clickOn("#openspec-archive-apply");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get().graph()
                .node("shipping/2026-03-01-add-guest-quotes").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows()).as("the dialog closed").hasSize(1);
        assertThat(robot.lookup("#openspec-stage").queryAs(Label.class).getText()).isEqualTo("Archived · 2/4 tasks");
        assertThat(robot.lookup("#openspec-archive").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#openspec-message").queryAs(Label.class).getText()).isEqualTo("Archived "
                + "add-guest-quotes as 2026-03-01-add-guest-quotes; shipping-quotes: update (+1 added, ~1 modified)");
        assertThat(Files.readString(demo.resolve("shipping/openspec/specs/shipping-quotes/spec.md")))
                .contains("### Requirement: Shared quote cache key");
    }

    @Test
    void aRefusedArchiveSaysWhyAndOffersOnlyClose(FxRobot robot) throws Exception {
        Files.createDirectories(demo.resolve("shipping/openspec/changes/archive/2026-03-01-add-guest-quotes"));
        open();
        robot.interact(() -> actions.show("shipping/add-guest-quotes"));
        robot.clickOn("#openspec-archive");
        assertThat(texts(robot, "openspec-archive-refusals")).isEqualTo("Archive '2026-03-01-add-guest-quotes' "
                + "already exists (openspec/changes/archive/2026-03-01-add-guest-quotes); rename or remove it first");
        assertThat(robot.lookup("#openspec-archive-apply").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#openspec-archive-cancel");
        assertThat(robot.listTargetWindows()).hasSize(1);
        assertThat(demo.resolve("shipping/openspec/changes/add-guest-quotes")).exists();
    }

    @Test
    void hidesForANodeThatIsNotAChange(FxRobot robot) throws Exception {
        open();
        robot.interact(() -> actions.show("payments/SPEC-PAY-02"));
        assertThat(actions.root().isVisible()).isFalse();
        robot.interact(() -> actions.show("shipping/add-guest-quotes"));
        assertThat(actions.root().isVisible()).isTrue();
    }
}
