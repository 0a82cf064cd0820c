package io.specgraph.ui.editor;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The editor's TestFX set-up: a private demo copy whose SPEC-CART-01 is written with a BOM and CRLF, its workbench
 * with real background checks, and editors shown on the test stage.
 */
@ExtendWith(ApplicationExtension.class)
abstract class EditorFxBase {

    @TempDir
    Path dir;
    Stage stage;
    WorkbenchModel wb;
    final FxTaskRunner tasks = new FxTaskRunner();
    Path file;
    byte[] original;
    DocumentEditor editor;

    /** Call from the test class's {@code @Start} method (TestFX looks for it on the test class itself). */
    void setUp(Stage stage) throws Exception {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path demo = FxDemo.fresh(dir);
        file = EditorModelTest.bomCrlf(demo);
        original = Files.readAllBytes(file);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                tasks, false);
        wb.open(demo);
    }

    @AfterEach
    void close() throws Exception {
        if (editor != null) {
            WaitForAsyncUtils.asyncFx(editor::dispose).get(5, TimeUnit.SECONDS);
        }
        wb.close();
    }

    /** Opens {@code key} in a new editor on the stage. */
    DocumentEditor open(FxRobot robot, String key) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null);
        robot.interact(() -> {
            editor = new DocumentEditor(wb, key, tasks);
            stage.setScene(new Scene(editor.root(), 1400, 900));
            stage.show();
        });
        return editor;
    }
}
