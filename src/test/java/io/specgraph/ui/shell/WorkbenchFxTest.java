package io.specgraph.ui.shell;

import io.specgraph.app.TestWorkbench;
import io.specgraph.app.Workbench;
import io.specgraph.model.NodeKind;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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

/** The whole main window on first launch: the demo is written into the data dir and opened, offline. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFxTest {

    @TempDir
    static Path home;
    private Workbench workbench;

    @Start
    void start(Stage stage) throws Exception {
        workbench = TestWorkbench.show(stage, home);
    }

    private void waitLoaded() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().model().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void firstLaunchOpensTheDemoWithReposInTheTree(FxRobot robot) throws Exception {
        waitLoaded();
        TreeView<TreeEntry> tree = robot.lookup("#workspace-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().label())
                .containsExactly("platform", "cart", "payments", "shipping");
        // git health is read in the background after the workspace: wait for it rather than race it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> tree.getRoot().getChildren().get(1).getValue().detail().contains("main")).get());
        assertThat(workbench.model().workspaceNameProperty().get()).isNotEmpty();
        assertThat(robot.lookup(".sg-status-bar .label").queryAllAs(Label.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("documents"));
    }

    @Test
    void selectingADocumentShowsItsGatesAndOpeningItAddsATab(FxRobot robot) throws Exception {
        waitLoaded();
        String key = workbench.model().model().get().graph().nodes().stream()
                .filter(n -> n.kind() == NodeKind.COMPONENT_SPEC).findFirst().orElseThrow().key();
        robot.interact(() -> workbench.window().select(key));
        TreeView<TreeEntry> tree = robot.lookup("#workspace-tree").queryAs(TreeView.class);
        TreeItem<TreeEntry> selected = tree.getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().nodeKey()).isEqualTo(key);
        assertThat(robot.lookup("." + InspectorView.GATE_ROW).queryAll()).hasSize(5);
        robot.clickOn(robot.lookup("#inspector .button")
                .match((javafx.scene.control.Button b) -> "Open document".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        assertThat(tab.getId()).isEqualTo("doc:" + key);
        assertThat(robot.lookup("#editor-text").queryAs(org.fxmisc.richtext.CodeArea.class).getText())
                .contains("implements");
    }

    @Test
    void thePaletteFindsANodeByIdAndSelectsIt(FxRobot robot) throws Exception {
        waitLoaded();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#palette-query").query().isVisible()).isTrue();
        robot.write("eco124");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(workbench.model().selectedProperty().get()).isEqualTo("platform/ECO-124");
        assertThat(robot.lookup("#palette").query().getParent().isVisible()).isFalse();
    }

    @Test
    void ctrlNOpensTheNewDocumentWizardWithAProposedId(FxRobot robot) throws Exception {
        waitLoaded();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#new-kind").tryQuery()).isPresent();
        assertThat(robot.lookup("#new-id").queryLabeled().getText()).isNotBlank();
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void boardsAreOneShortcutAway(FxRobot robot) throws Exception {
        waitLoaded();
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-adr");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("tab-graph");
    }
}
