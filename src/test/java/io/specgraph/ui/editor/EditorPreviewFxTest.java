package io.specgraph.ui.editor;

import io.specgraph.ui.FxDemo;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's Preview view: no WebView until it is first shown, then the rendered document — including what was
 * typed and not saved; relative links resolve to the document they name.
 */
class EditorPreviewFxTest extends EditorFxBase {

    @Start
    void start(Stage stage) throws Exception {
        setUp(stage);
    }

    private String body(FxRobot robot) throws Exception {
        WebView web = robot.lookup("#editor-preview .web-view").queryAs(WebView.class);
        Object text = WaitForAsyncUtils.asyncFx(() -> web.getEngine().getDocument() == null ? ""
                : web.getEngine().executeScript("document.body ? document.body.innerText : ''"))
                .get(10, TimeUnit.SECONDS);
        return String.valueOf(text);
    }

    @Test
    void thePreviewIsMadeWhenFirstShownAndShowsTheUnsavedText(FxRobot robot) throws Exception {
        open(robot, EditorModelTest.CART01);
        assertThat(robot.lookup("#editor-preview .web-view").tryQuery()).as("no WebView before Preview").isEmpty();
        robot.interact(() -> editor.area().replaceText(0, 0, "Unsaved line for the preview\n\n"));
        robot.clickOn("#editor-view-preview");
        assertThat(editor.views().selected()).isEqualTo("Preview");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> {
            try {
                return body(robot).contains("Guest cart and checkout session");
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(body(robot)).contains("Unsaved line for the preview");
        robot.clickOn("#editor-view-raw");
        assertThat(editor.area().getText()).startsWith("Unsaved line for the preview");
    }

    @Test
    void relativeLinksResolveToTheDocumentTheyNameInTheSameRepo() {
        var ws = FxDemo.workspace();
        assertThat(EditorLinks.resolve(ws, "cart", "specs/SPEC-CART-01-guest-cart.md",
                "SPEC-CART-02-merge-guest-cart.md")).contains("cart/SPEC-CART-02");
        assertThat(EditorLinks.resolve(ws, "payments", "specs/SPEC-PAY-02-guest-payment-authorization.md",
                "../contracts/CONTRACT-11-payment-authorized.md")).contains("payments/CONTRACT-11@v1");
        assertThat(EditorLinks.resolve(ws, "cart", "specs/SPEC-CART-01-guest-cart.md", "../nope.md")).isEmpty();
        assertThat(EditorLinks.resolve(ws, "cart", "specs/SPEC-CART-01-guest-cart.md", "")).isEmpty();
    }
}
