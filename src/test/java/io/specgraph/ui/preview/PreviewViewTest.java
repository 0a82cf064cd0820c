package io.specgraph.ui.preview;

import io.specgraph.ui.common.FxTaskRunner;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.web.WebView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.specgraph.ui.preview.PreviewPages.awaitRendered;
import static io.specgraph.ui.preview.PreviewPages.js;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class PreviewViewTest {

    private static final String LINKS = "# Links\n\nSee [the site](https://example.org/docs) and "
            + "[the platform spec](../platform/PLAT-124.md#scope) and [bad](javascript:window.marker=1).\n\nEND\n";

    private final List<String> opened = new CopyOnWriteArrayList<>();
    private final List<String> documents = new CopyOnWriteArrayList<>();
    private PreviewView view;

    @Start
    void start(Stage stage) {
        view = new PreviewView(opened::add, documents::add, new FxTaskRunner());
        stage.setScene(new Scene(view.root(), 900, 700));
        stage.show();
    }

    @Test
    void showsTheRenderedDocumentWithItsFrontMatterAsATable(FxRobot robot) {
        robot.interact(() -> view.showNow("---\nid: PLAT-124\nstatus: Draft\n---\n# Cart checkout\n\n"
                + "| rule | state |\n|---|---|\n| G1 | pass |\n\nEND\n"));
        awaitRendered(view, "END");
        assertThat(js(view, "document.querySelector('h1').textContent")).isEqualTo("Cart checkout");
        assertThat(js(view, "document.querySelector('table.metadata').innerText.replace(/\\s+/g, ' ').trim()"))
                .isEqualTo("id PLAT-124 status Draft");
        assertThat(js(view, "document.querySelectorAll('table').length")).isEqualTo(2);
        WebView web = robot.lookup(".web-view").queryAs(WebView.class);
        assertThat(web.isContextMenuEnabled()).isFalse();
    }

    @Test
    void aWebLinkOpensOutsideOnlyAfterTheUserAgrees(FxRobot robot) {
        robot.interact(() -> view.showNow(LINKS));
        awaitRendered(view, "END");
        robot.clickOn(linkOnScreen(robot, "https://example.org/docs"));
        DialogPane ask = awaitDialog(robot);
        assertThat(ask.getHeaderText()).isEqualTo("Open https://example.org/docs in your browser?");
        robot.clickOn("Cancel");
        assertThat(opened).isEmpty();

        robot.clickOn(linkOnScreen(robot, "https://example.org/docs"));
        awaitDialog(robot);
        robot.clickOn("Open");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly("https://example.org/docs");
        assertThat(view.engine().getLocation()).isIn("", "about:blank");
        assertThat(js(view, "document.querySelector('h1').textContent")).isEqualTo("Links");
    }

    @Test
    void aRelativeLinkGoesToTheDocumentOpenerWithoutAsking(FxRobot robot) {
        robot.interact(() -> view.showNow(LINKS));
        awaitRendered(view, "END");
        robot.clickOn(linkOnScreen(robot, "../platform/PLAT-124.md#scope"));
        waitFor(() -> !documents.isEmpty());
        assertThat(documents).containsExactly("../platform/PLAT-124.md");
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(opened).isEmpty();
    }

    @Test
    void aScriptLinkDoesNothing(FxRobot robot) {
        robot.interact(() -> view.showNow(LINKS));
        awaitRendered(view, "END");
        robot.clickOn(linkOnScreen(robot, ""));
        PreviewPages.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isEmpty();
        assertThat(opened).isEmpty();
        assertThat(documents).isEmpty();
        assertThat(js(view, "typeof window.marker")).isEqualTo("undefined");
    }

    @Test
    void typingReRendersAfterAPauseAndKeepsTheScrollPosition(FxRobot robot) {
        String md = paragraphs("# Long", 300);
        robot.interact(() -> view.showNow(md + "END\n"));
        awaitRendered(view, "END");
        robot.interact(() -> view.engine().executeScript("window.scrollTo(0, 1500)"));
        assertThat(((Number) js(view, "window.scrollY")).intValue()).isEqualTo(1500);

        robot.interact(() -> {
            view.show(md + "EDITED ONCE\n");
            view.show(md + "EDITED TWICE\n");
            assertThat((String) view.engine().executeScript("document.body.textContent")).doesNotContain("EDITED");
        });
        awaitRendered(view, "EDITED TWICE");
        assertThat((String) js(view, "document.body.textContent")).doesNotContain("EDITED ONCE");
        assertThat(((Number) js(view, "window.scrollY")).intValue()).isEqualTo(1500);
    }

    @Test
    void aFirstDiagramReloadsThePageDrawsItAndKeepsTheScrollPosition(FxRobot robot) {
        String md = paragraphs("# Diagrams", 200);
        robot.interact(() -> view.showNow(md + "END\n"));
        awaitRendered(view, "END");
        assertThat(js(view, "typeof window.mermaid")).isEqualTo("undefined");
        robot.interact(() -> view.engine().executeScript("window.scrollTo(0, 900)"));

        robot.interact(() -> view.showNow(md + "```mermaid\nsequenceDiagram\n    Editor->>Engine: recheck\n"
                + "    Engine-->>Editor: findings\n```\n\nDRAWN\n"));
        awaitRendered(view, "DRAWN");
        assertThat(js(view, "document.querySelectorAll('pre.mermaid > svg').length")).isEqualTo(1);
        assertThat((String) js(view, "document.querySelector('pre.mermaid > svg').textContent"))
                .contains("recheck").contains("findings");
        waitFor(() -> ((Number) js(view, "window.scrollY")).intValue() == 900);
    }

    @Test
    void darkModeRecoloursThePage(FxRobot robot) {
        robot.interact(() -> view.showNow("# Theme\n\nEND\n"));
        awaitRendered(view, "END");
        assertThat(js(view, "getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(255, 255, 255)");
        robot.interact(() -> view.setDark(true));
        waitFor(() -> "dark".equals(js(view, "document.body.className")));
        awaitRendered(view, "END");
        assertThat(js(view, "getComputedStyle(document.body).backgroundColor")).isEqualTo("rgb(13, 17, 23)");
    }

    private static String paragraphs(String heading, int count) {
        StringBuilder md = new StringBuilder(heading).append("\n\n");
        for (int i = 0; i < count; i++) {
            md.append("Paragraph ").append(i).append(" of the long spec.\n\n");
        }
        return md.toString();
    }

    private Point2D linkOnScreen(FxRobot robot, String href) {
        String rect = (String) js(view, "(function () { var a = document.querySelector('a[href=\"" + href + "\"]');"
                + " var r = a.getBoundingClientRect(); return (r.left + r.width / 2) + ',' + (r.top + r.height / 2);"
                + " })()");
        String[] xy = rect.split(",");
        WebView web = robot.lookup(".web-view").queryAs(WebView.class);
        return web.localToScreen(Double.parseDouble(xy[0]), Double.parseDouble(xy[1]));
    }

    private static DialogPane awaitDialog(FxRobot robot) {
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        for (int i = 0; i < 500; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            if (condition.getAsBoolean()) {
                return;
            }
            PreviewPages.sleep(20);
        }
        throw new AssertionError("condition not met within 10 s");
    }
}
