package io.specgraph.app;

import io.specgraph.model.EdgeKind;
import io.specgraph.model.Node;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Regenerates the screenshots in {@code docs/screenshots/} (main window on each tab, light and dark) from the demo
 * workspace, headless:
 * {@code mvn -B -q test -Dtest=Screenshots -Dspecgraph.screenshots=docs/screenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 * Skipped in normal test runs.
 */
@ExtendWith(ApplicationExtension.class)
@EnabledIfSystemProperty(named = "specgraph.screenshots", matches = ".+")
class Screenshots {

    private static final String[] TABS = {"graph", "queue", "adr", "initiatives", "matrix", "changes", "editor",
        "editor-form"};

    @TempDir
    static Path home;
    private Workbench workbench;
    private Stage stage;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        workbench = TestWorkbench.show(s, home);
    }

    @Test
    void takeScreenshots(FxRobot robot) throws Exception {
        Path out = Path.of(System.getProperty("specgraph.screenshots"));
        Files.createDirectories(out);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workbench.model().model().get() != null);
        Node blocked = workbench.model().model().get().graph().nodes().stream()
                .filter(n -> !workbench.model().model().get().graph().outgoing(n.key(), EdgeKind.BLOCKED_BY).isEmpty())
                .findFirst().orElseThrow();
        robot.interact(() -> workbench.window().select(blocked.key()));
        for (String theme : new String[] {"light", "dark"}) {
            robot.interact(() -> workbench.window().theme().choose(theme));
            for (String tab : TABS) {
                if (tab.equals("editor")) {
                    robot.interact(() -> workbench.window().openDocument(blocked.key()));
                } else if (tab.equals("editor-form")) {
                    robot.interact(() -> robot.lookup("#editor-view-form").queryAs(ToggleButton.class).fire());
                } else {
                    robot.interact(() -> workbench.window().showBoard(tab));
                }
                if (tab.equals("graph")) {
                    robot.interact(() -> workbench.window().showInGraph(blocked.key()));
                }
                Thread.sleep(1500);
                WaitForAsyncUtils.waitForFxEvents();
                WritableImage img = snapshot();
                ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png",
                        out.resolve(tab + "-" + theme + ".png").toFile());
                if (tab.equals("editor-form")) {
                    robot.interact(() -> robot.lookup("#editor-view-raw").queryAs(ToggleButton.class).fire());
                }
            }
        }
    }

    private WritableImage snapshot() throws Exception {
        java.util.concurrent.CompletableFuture<WritableImage> f = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> f.complete(stage.getScene().snapshot(null)));
        return f.get(30, TimeUnit.SECONDS);
    }
}
