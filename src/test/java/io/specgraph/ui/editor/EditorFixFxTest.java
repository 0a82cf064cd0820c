package io.specgraph.ui.editor;

import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fixing a failing gate from the editor's panel: a fix of the open document becomes an unsaved edit of the buffer
 * and the finding goes; a fix of another file (the contract's consumers) is written there and re-checked.
 */
class EditorFixFxTest extends EditorFxBase {

    @Start
    void start(Stage stage) throws Exception {
        setUp(stage);
    }

    private boolean hasFinding(String rule) {
        return editor.gatePanel().findings().getItems().stream().anyMatch(f -> f.rule().equals(rule));
    }

    /** Fixes are computed in the background after the panel shows its findings: wait for the button. */
    private static void awaitFixButton(FxRobot robot, String rule) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#editor-fix-" + rule).tryQuery().isPresent()).get());
    }

    @Test
    void pinningTheNewestPackFromThePanelEditsTheBufferAndTheFindingGoes(FxRobot robot) throws Exception {
        open(robot, "cart/SPEC-CART-02");
        Path spec = dir.resolve("demo/cart/specs/SPEC-CART-02-merge-guest-cart.md");
        byte[] disk = Files.readAllBytes(spec);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasFinding("LC4"));
        awaitFixButton(robot, "LC4");
        Button fix = robot.lookup("#editor-fix-LC4").queryAs(Button.class);
        assertThat(fix.getText()).contains("cp-checkout v2");
        robot.clickOn(fix);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hasFinding("LC4"));
        assertThat(editor.area().getText()).contains("context_pack: cp-checkout v2\n").doesNotContain("context_pack: cp-checkout v1");
        assertThat(editor.dirtyProperty().get()).as("a fix is an unsaved edit").isTrue();
        assertThat(Files.readAllBytes(spec)).as("nothing written before Save").isEqualTo(disk);
    }

    @Test
    void addingTheMissingConsumerWritesTheContractAndTheFindingGoes(FxRobot robot) throws Exception {
        open(robot, "shipping/SPEC-SHIP-07");
        Path contract = dir.resolve("demo/payments/contracts/CONTRACT-11-payment-authorized.md");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasFinding("IS2"));
        awaitFixButton(robot, "IS2");
        robot.clickOn(robot.lookup("#editor-fix-IS2").queryAs(Button.class));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hasFinding("IS2"));
        assertThat(Files.readString(contract, StandardCharsets.UTF_8)).contains("shipping");
        assertThat(editor.dirtyProperty().get()).as("the open spec is untouched").isFalse();
    }
}
