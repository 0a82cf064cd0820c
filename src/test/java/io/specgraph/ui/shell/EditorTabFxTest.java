package io.specgraph.ui.shell;

import io.specgraph.app.TestWorkbench;
import io.specgraph.app.Workbench;
import io.specgraph.model.Node;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Document tabs in the main window are editors: the tab title marks unsaved edits, and closing a dirty tab asks —
 * Cancel keeps it open with the edits, "Don't save" closes it and leaves the file as it was.
 */
@ExtendWith(ApplicationExtension.class)
class EditorTabFxTest {

    @TempDir
    static Path home;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = TestWorkbench.show(stage, home);
    }

    @Test
    void closingADirtyTabAsksAndDontSaveLeavesTheFileAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().model().get() != null);
        Node spec = workbench.model().model().get().graph().node("cart/SPEC-CART-01").orElseThrow();
        Path file = workbench.model().model().get().plans().stream()
                .filter(p -> p.info().name().equals("cart")).findFirst().orElseThrow().info().path()
                .resolve(spec.path());
        byte[] before = Files.readAllBytes(file);
        robot.interact(() -> workbench.window().openDocument(spec.key()));
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        assertThat(tab.getId()).isEqualTo("doc:cart/SPEC-CART-01");
        assertThat(tab.getText()).isEqualTo("SPEC-CART-01");
        CodeArea area = robot.lookup("#editor-text").queryAs(CodeArea.class);
        robot.interact(() -> {
            area.requestFocus();
            area.moveTo(0);
        });
        robot.type(KeyCode.END).write(" edited");
        assertThat(tab.getText()).isEqualTo("SPEC-CART-01 •");

        Platform.runLater(() -> workbench.window().confirmCloseAll());
        robot.clickOn(dialogButton(robot, "Cancel"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs()).contains(tab);
        assertThat(area.getText()).startsWith("# Guest cart and checkout session edited\n");

        robot.interact(() -> tabs.getSelectionModel().select(tab));
        robot.press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        robot.clickOn(dialogButton(robot, "Don't save"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getTabs()).doesNotContain(tab);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workbench.model().model().get().graph()
                .node("cart/SPEC-CART-01").orElseThrow().title().equals("Guest cart and checkout session"));
    }

    /**
     * The dialog's button labelled {@code text}, once shown. Looked up on the FX thread: the window keeps changing
     * while the edit is re-checked, and a lookup from the test thread can race a list being rebuilt.
     */
    private static Button dialogButton(FxRobot robot, String text) throws Exception {
        java.util.concurrent.Callable<java.util.Optional<Button>> find = () -> robot.lookup(".dialog-pane .button")
                .match((Button b) -> text.equals(b.getText())).tryQuery().map(Button.class::cast);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(find).get().isPresent());
        return WaitForAsyncUtils.asyncFx(find).get(5, TimeUnit.SECONDS).orElseThrow();
    }
}
