package io.specgraph.ui.packs;

import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Rebase onto context pack" for a Paused spec (LC4, seed 001 §1.11): what it pins, the newer pack version to pin
 * (newest first), the edit as a diff, and Rebase. Refusals (not Paused, no newer version) are shown, not thrown.
 */
public final class RebaseDialog {

    private final RebaseViewModel vm;
    private final VBox root = new VBox(10);
    private Runnable onDone = () -> { };

    public RebaseDialog(RebaseViewModel vm) {
        this.vm = vm;
        build();
    }

    /** Opens the dialog for the spec {@code specKey}, modal over {@code owner} (may be null). */
    public static RebaseDialog show(Window owner, WorkbenchModel wb, Navigator nav, String specKey) {
        RebaseDialog d = new RebaseDialog(new RebaseViewModel(wb, nav, specKey));
        d.onDone = Dialogs.open(owner, "Rebase onto context pack", d.root())::close;
        return d;
    }

    public Parent root() {
        return root;
    }

    /** The dialog's state (tests). */
    public RebaseViewModel model() {
        return vm;
    }

    private void build() {
        root.getStyleClass().add("sg-rebase");
        root.setPadding(new Insets(16));
        root.setPrefSize(720, 420);
        Label pinned = new Label();
        pinned.setId("rebase-pinned");
        pinned.getStyleClass().add(Styles.TITLE);
        pinned.textProperty().bind(vm.pinnedProperty());
        ComboBox<String> version = new ComboBox<>(vm.versions());
        version.setId("rebase-version");
        version.valueProperty().bindBidirectional(vm.versionProperty());
        HBox row = new HBox(10, new Label("Rebase onto"), version);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        TextArea diff = new TextArea();
        diff.setId("rebase-diff");
        diff.setEditable(false);
        diff.textProperty().bind(vm.diffProperty());
        VBox.setVgrow(diff, Priority.ALWAYS);
        Label problem = new Label();
        problem.setId("rebase-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Button[] rebase = new Button[1];
        HBox buttons = Dialogs.buttons("rebase", "Rebase", () -> onDone.run(), rebase);
        rebase[0].disableProperty().bind(vm.canRebaseProperty().not());
        rebase[0].setOnAction(e -> vm.rebase().ifPresent(f -> onDone.run()));
        root.getChildren().addAll(pinned, row, diff, problem, buttons);
    }
}
