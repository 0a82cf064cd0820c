package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.Recovery;
import io.specgraph.model.Finding;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import static io.specgraph.ui.editor.EditorModelTest.CART01;
import static io.specgraph.ui.editor.EditorModelTest.IMPLEMENTS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor as a user drives it (headless Monocle, real background checks): typing that breaks a gate turns the
 * panel to fail within a second, a finding moves the caret, Ctrl+S writes only the edited line (BOM and CRLF kept),
 * a change on disk while dirty is asked about, a crash's autosave is offered back, and a guarded status change is
 * refused with the failing rules shown.
 */
class DocumentEditorTest extends EditorFxBase {

    @Start
    void start(Stage stage) throws Exception {
        setUp(stage);
    }

    private static String text(Node n) {
        return ((Label) n).getText();
    }

    private void removeImplementsLine(FxRobot robot) {
        String t = editor.area().getText();
        int at = t.indexOf(IMPLEMENTS + "\n");
        robot.interact(() -> {
            editor.area().requestFocus();
            editor.area().selectRange(at, at + IMPLEMENTS.length() + 1);
        });
        robot.type(KeyCode.BACK_SPACE);
    }

    private void typeAtEndOfFirstLine(FxRobot robot, String text) {
        robot.interact(() -> {
            editor.area().requestFocus();
            editor.area().moveTo(0);
        });
        robot.type(KeyCode.END).write(text);
    }

    @Test
    void typingThatBreaksAGateShowsWithinASecondAndAFindingMovesTheCaret(FxRobot robot) throws Exception {
        open(robot, CART01);
        Node cc = robot.lookup("#editor-gate-context-completeness").query();
        assertThat(text(cc)).contains("pass");
        assertThat(editor.area().getText()).doesNotContain("\r").contains(IMPLEMENTS);
        long t0 = System.nanoTime();
        removeImplementsLine(robot);
        assertThat(editor.titleProperty().get()).endsWith("•");
        WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> text(cc).contains("fail"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(ms).isLessThan(1_000);

        WaitForAsyncUtils.waitForFxEvents();
        var findings = editor.gatePanel().findings();
        Finding withLine = WaitForAsyncUtils.asyncFx(() -> findings.getItems().stream().filter(f -> f.line() > 1)
                .findFirst().orElseThrow()).get(5, TimeUnit.SECONDS);
        assertThat(withLine.rule()).isEqualTo("LC2");
        robot.interact(() -> {
            editor.goToLine(1);
            findings.scrollTo(withLine);
        });
        ListCell<?> cell = robot.lookup("#editor-findings .list-cell")
                .match((ListCell<?> c) -> withLine.equals(c.getItem())).query();
        robot.clickOn(cell);
        assertThat(editor.area().getCurrentParagraph() + 1).isEqualTo(withLine.line());
        assertThat(editor.area().getCaretColumn()).isZero();
    }

    @Test
    void ctrlSWritesOnlyTheEditedLineKeepingBomAndCrlf(FxRobot robot) throws Exception {
        open(robot, CART01);
        removeImplementsLine(robot);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = new String(original, StandardCharsets.UTF_8).replace(IMPLEMENTS + "\r\n", "");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(editor.titleProperty().get()).isEqualTo("SPEC-CART-01");
        assertThat(robot.lookup("#editor-save").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aChangeOnDiskWhileDirtyIsAskedAboutAndTheDiffShown(FxRobot robot) throws Exception {
        open(robot, CART01);
        Files.writeString(file, new String(original, StandardCharsets.UTF_8).replace("Guest cart and", "Theirs and"));
        typeAtEndOfFirstLine(robot, " (mine)");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-conflict").query().isVisible());
        assertThat(editor.area().getText()).contains("Guest cart and checkout session (mine)");
        assertThat(Files.readString(file)).contains("Theirs and");
        robot.clickOn("#editor-show-diff");
        TextArea diff = robot.lookup("#editor-diff").queryAs(TextArea.class);
        assertThat(diff.isVisible()).isTrue();
        assertThat(diff.getText()).contains("-# Theirs and checkout session").contains("+# Guest cart and checkout "
                + "session (mine)");
        robot.clickOn("#editor-reload");
        assertThat(editor.area().getText()).startsWith("# Theirs and checkout session\n");
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(robot.lookup("#editor-conflict").query().isVisible()).isFalse();
    }

    @Test
    void anAutosavedBufferIsOfferedBackAfterACrash(FxRobot robot) throws Exception {
        open(robot, CART01);
        typeAtEndOfFirstLine(robot, " draft");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.model().panelProperty().get() != null
                && editor.model().dirtyProperty().get());
        robot.interact(() -> editor.flush());
        robot.interact(() -> editor.model().autosave());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !Recovery.pending(dir.resolve("data")).isEmpty());
        // The app dies: nothing saved or closed. A new editor of the same file offers the draft.
        open(robot, CART01);
        assertThat(robot.lookup("#editor-recovery").query().isVisible()).isTrue();
        assertThat(editor.area().getText()).startsWith("# Guest cart and checkout session\n");
        robot.clickOn("#editor-restore");
        assertThat(editor.area().getText()).startsWith("# Guest cart and checkout session draft\n");
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(robot.lookup("#editor-recovery").query().isVisible()).isFalse();
    }

    @Test
    void aGuardedStatusChangeIsRefusedWithTheFailingRulesShown(FxRobot robot) throws Exception {
        open(robot, "cart/SPEC-CART-06");
        String before = editor.area().getText();
        assertThat(robot.lookup("#editor-status").queryLabeled().getText()).isEqualTo("Status: Draft");
        robot.interact(() -> editor.fillStatusMenu());
        assertThat(editor.statusButton().getItems()).extracting(i -> i.getText())
                .containsExactlyInAnyOrder("Approved  (gates fail)", "Discovery", "Paused");
        robot.interact(() -> editor.statusButton().getItems().stream()
                .filter(i -> i.getText().startsWith("Approved")).findFirst().orElseThrow().fire());
        Label note = robot.lookup("#editor-note").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("cannot be Approved while context-completeness fails (CC");
        assertThat(editor.area().getText()).isEqualTo(before);
        assertThat(editor.dirtyProperty().get()).isFalse();

        robot.interact(() -> editor.statusButton().getItems().stream()
                .filter(i -> i.getText().equals("Paused")).findFirst().orElseThrow().fire());
        assertThat(editor.area().getText()).isEqualTo(before.replace("- Status: Draft\n", "- Status: Paused\n"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#editor-status").queryLabeled().getText()
                .equals("Status: Paused"));
    }
}
