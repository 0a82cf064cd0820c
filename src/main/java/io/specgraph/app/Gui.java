package io.specgraph.app;

import io.specgraph.engine.AppDirs;
import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: the user's workbench on the primary stage. Started through {@link Main}. */
public final class Gui extends Application {

    @Override
    public void start(Stage stage) {
        Workbench.create(AppDirs.forThisUser(), true).show(stage);
    }

    /** Launches the GUI and returns when its last window closes. */
    static int launchAndWait(String[] args) {
        Application.launch(Gui.class, args);
        return 0;
    }
}
