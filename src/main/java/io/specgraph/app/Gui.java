package io.specgraph.app;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the user's workbench on the primary stage. Started through {@link Main}. */
public final class Gui extends Application {

    private static WorkbenchModel.Preload preload;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("toolkit started");
        io.specgraph.ui.common.ExternalLinks.setOpener(getHostServices()::showDocument);
        Workbench w = Workbench.create(AppDirs.forThisUser(), true);
        StartupTrace.mark("window built");
        w.show(stage, preload);
        StartupTrace.mark("window shown");
    }

    /**
     * JavaFX warns "Unsupported JavaFX configuration" when it is on the class path (the fat jar); the packaged app
     * puts it on the module path. The warning says nothing the user can act on.
     */
    static void quietJavaFxLog() {
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
    }

    /** Launches the GUI and returns when its last window closes. */
    static int launchAndWait(String[] args) {
        quietJavaFxLog();
        StartupTrace.mark("main");
        preload = WorkbenchModel.preload(new WorkspaceStore(AppDirs.forThisUser()),
                args.length == 1 ? java.nio.file.Path.of(args[0]) : null);
        try {
            Application.launch(Gui.class, args);
            return 0;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            System.err.println("specgraph: cannot open the window: " + cause.getMessage()
                    + (String.valueOf(cause.getMessage()).contains("GTK")
                    ? " (install GTK 3, e.g. apt-get install libgtk-3-0)" : "")
                    + ". The command line works without a window: specgraph --help");
            return 2;
        }
    }
}
