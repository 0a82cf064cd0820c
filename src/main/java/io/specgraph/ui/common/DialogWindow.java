package io.specgraph.ui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The app's dialog windows: modal over their owner (the whole app when there is none), styled as the owner is. */
public final class DialogWindow {

    private DialogWindow() {
    }

    /** A dialog window titled {@code title} over {@code owner} (may be null), not shown yet. */
    public static Stage stage(Window owner, String title) {
        Stage stage = new Stage();
        stage.setTitle(title);
        stage.initModality(owner == null ? Modality.APPLICATION_MODAL : Modality.WINDOW_MODAL);
        if (owner != null) {
            stage.initOwner(owner);
        }
        return stage;
    }

    /** Shows {@code root} in {@code stage} with the stylesheets of its owner's scene. */
    public static Stage show(Stage stage, Parent root) {
        Scene scene = new Scene(root);
        Window owner = stage.getOwner();
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** {@link #stage} and {@link #show} in one. */
    public static Stage open(Window owner, String title, Parent root) {
        return show(stage(owner, title), root);
    }
}
