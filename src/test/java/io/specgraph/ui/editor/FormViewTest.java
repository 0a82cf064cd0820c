package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.Completions;
import io.specgraph.model.Finding;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The form view as a user drives it: Form and back changes nothing; a blocked_by ADR picked from completion with
 * the keyboard is written as the one minimal edit (BOM and CRLF kept), the gate panel follows; the status offers
 * legal next states only; a finding leads to its field; a document without a form says so.
 */
class FormViewTest extends EditorFxBase {

    @Start
    void start(Stage stage) throws Exception {
        setUp(stage);
    }

    private static String text(javafx.scene.Node n) {
        return ((Label) n).getText();
    }

    @Test
    void pickingABlockedByAdrFromCompletionWritesOneMinimalEditAndTheGatesFollow(FxRobot robot) throws Exception {
        open(robot, CART01);
        String raw = editor.area().getText();
        robot.clickOn("#editor-view-form");
        assertThat(editor.views().selected()).isEqualTo("Form");
        assertThat(robot.lookup("#form-field-heading").queryAs(TextField.class).getText())
                .isEqualTo("Guest cart and checkout session");
        robot.clickOn("#editor-view-raw");
        assertThat(editor.area().getText()).isEqualTo(raw);
        assertThat(editor.dirtyProperty().get()).as("Form and back changes nothing").isFalse();

        robot.clickOn("#editor-view-form");
        Label rti = robot.lookup("#editor-gate-ready-to-implement").queryAs(Label.class);
        String gatesBefore = text(rti);
        TextField blocked = robot.lookup("#form-field-blocked_by").queryAs(TextField.class);
        assertThat(blocked.getText()).isEmpty();
        robot.clickOn(blocked).write("adr-10");
        ReferenceField ref = editor.formView().reference("blocked_by");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, ref::showing);
        assertThat(ref.list().getItems()).extracting(Completions.Candidate::insert)
                .startsWith("ADR-100", "ADR-101");
        assertThat(ref.list().getItems().get(0).detail()).contains("Proposed");
        robot.type(KeyCode.DOWN).type(KeyCode.UP).type(KeyCode.ENTER);
        assertThat(blocked.getText()).isEqualTo("ADR-100");
        assertThat(ref.showing()).isFalse();
        assertThat(editor.titleProperty().get()).endsWith("•");

        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.area().getText().contains("Blocked By: [ADR-100]"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(editor.area().getText().substring(0, 400) + "\nFORM " + editor.form().pending()
                    + editor.form().formProperty().get());
        }
        assertThat(editor.area().getText()).isEqualTo(raw.replace("- Blocked By: []", "- Blocked By: [ADR-100]"));
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> text(rti).contains("fail") && editor.gatePanel()
                    .findings().getItems().stream().anyMatch(f -> f.rule().equals("RI1")));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(text(rti) + " was " + gatesBefore + " " + editor.gatePanel().findings().getItems());
        }
        assertThat(editor.gatePanel().findings().getItems()).filteredOn(f -> f.rule().equals("RI1"))
                .extracting(Finding::message).containsExactly("blocked by ADR-100, which is Proposed");

        robot.clickOn("#editor-view-raw");
        robot.clickOn("#editor-save");
        String expected = new String(original, StandardCharsets.UTF_8).replace("- Blocked By: []\r\n",
                "- Blocked By: [ADR-100]\r\n");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(expected);
    }

    @Test
    void theStatusOffersOnlyLegalNextStatesAndRefusesGuardedOnes(FxRobot robot) throws Exception {
        open(robot, "cart/SPEC-CART-06");
        String before = editor.area().getText();
        robot.clickOn("#editor-view-form");
        MenuButton status = robot.lookup("#form-field-status").queryAs(MenuButton.class);
        assertThat(status.getText()).isEqualTo("Status: Draft");
        robot.interact(() -> StatusMenu.fill(status, editor.model(), editor::flush));
        assertThat(status.getItems()).extracting(MenuItem::getText)
                .containsExactlyInAnyOrder("Approved  (gates fail)", "Discovery", "Paused");
        robot.interact(() -> item(status, "Approved").fire());
        assertThat(robot.lookup("#editor-note").queryAs(Label.class).getText())
                .contains("cannot be Approved while context-completeness fails");
        assertThat(editor.area().getText()).isEqualTo(before);
        robot.interact(() -> item(status, "Paused").fire());
        assertThat(editor.area().getText()).isEqualTo(before.replace("- Status: Draft\n", "- Status: Paused\n"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> status.getText().equals("Status: Paused"));
    }

    private static MenuItem item(MenuButton b, String prefix) {
        return b.getItems().stream().filter(i -> i.getText().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void aFindingLeadsToItsFieldInTheForm(FxRobot robot) throws Exception {
        open(robot, CART01);
        robot.clickOn("#editor-view-form");
        TextField impl = robot.lookup("#form-field-implements").queryAs(TextField.class);
        robot.interact(() -> impl.setText("PLAT-999 v1"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> editor.gatePanel().findings().getItems().stream()
                .anyMatch(f -> f.message().contains("PLAT-999")));
        Finding f = editor.gatePanel().findings().getItems().stream()
                .filter(x -> x.message().contains("PLAT-999") && x.line() > 0).findFirst().orElseThrow();
        robot.interact(() -> robot.lookup("#form-field-heading").query().requestFocus());
        robot.interact(() -> {
            editor.gatePanel().findings().getSelectionModel().select(f);
            editor.gatePanel().findings().requestFocus();
        });
        robot.type(KeyCode.ENTER);
        assertThat(editor.views().selected()).isEqualTo("Form");
        assertThat(impl.isFocused()).isTrue();
    }

    @Test
    void aDocumentWithoutAFormOpensInRawAndTheFormSaysWhy(FxRobot robot) throws Exception {
        open(robot, "platform/cp-checkout@v2");
        assertThat(editor.views().selected()).isEqualTo("Raw");
        robot.clickOn("#editor-view-form");
        assertThat(robot.lookup("#form-unavailable").queryAs(Label.class).getText())
                .contains("No form for context-pack");
        robot.clickOn("#editor-view-raw");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }
}
