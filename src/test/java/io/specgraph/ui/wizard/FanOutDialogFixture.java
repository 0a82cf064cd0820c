package io.specgraph.ui.wizard;

import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the workflow dialogs' tests share: a workbench over a folder, a main window, a navigator that records. */
final class FanOutDialogFixture {

    private FanOutDialogFixture() {
    }

    /** A workbench with its settings under {@code dir}, not watching the disk. */
    static WorkbenchModel workbench(Path dir, TaskRunner tasks) {
        return new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))), tasks,
                false);
    }

    /** Opens the workspace in {@code folder} and waits until it is loaded. */
    static void open(WorkbenchModel wb, Path folder) throws TimeoutException {
        wb.open(folder);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null);
    }

    /** Shows a stand-in main window on {@code stage}, styled as the app is. */
    static void mainWindow(Stage stage) {
        Scene scene = new Scene(new StackPane(new Label("main window")), 800, 600);
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), "/io/specgraph/ui/specgraph.css");
        stage.setScene(scene);
        stage.show();
    }

    /** A navigator that adds every document opened to {@code opened}. */
    static Navigator recorder(List<String> opened) {
        return io.specgraph.ui.RecordingNavigator.opening(opened);
    }
}
