package io.specgraph.ui.packs;

import io.specgraph.engine.view.packs.PackDraft;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Build context pack": the pack, the file its next version gets, what changed against the previous version (one
 * line per source item added or gone), the new document as it will be written, and Create.
 */
public final class ContextPackDialog {

    private final ContextPackViewModel vm;
    private final VBox root = new VBox(10);
    private Runnable onDone = () -> { };

    public ContextPackDialog(ContextPackViewModel vm) {
        this.vm = vm;
        build();
    }

    /** Opens the dialog for {@code packKey} (a pack node key or id; null: the first pack), modal over {@code owner}. */
    public static ContextPackDialog show(Window owner, WorkbenchModel wb, Navigator nav, String packKey) {
        ContextPackDialog d = new ContextPackDialog(new ContextPackViewModel(wb, nav, packKey));
        d.onDone = Dialogs.open(owner, "Build context pack", d.root())::close;
        return d;
    }

    public Parent root() {
        return root;
    }

    /** The dialog's state (tests). */
    public ContextPackViewModel model() {
        return vm;
    }

    private void build() {
        root.getStyleClass().add("sg-context-pack");
        root.setPadding(new Insets(16));
        root.setPrefSize(900, 640);
        ComboBox<String> pack = new ComboBox<>(vm.packs());
        pack.setId("pack-id");
        pack.valueProperty().bindBidirectional(vm.packProperty());
        Label file = new Label();
        file.setId("pack-file");
        file.getStyleClass().add(Styles.TITLE);
        file.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.draftProperty().get()),
                vm.draftProperty()));
        HBox top = new HBox(10, new Label("Pack"), pack, file);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        ListView<String> changes = new ListView<>(vm.changes());
        changes.setId("pack-changes");
        changes.setPlaceholder(new Label("No source changed since the previous version."));
        TextArea preview = new TextArea();
        preview.setId("pack-preview");
        preview.setEditable(false);
        preview.setWrapText(false);
        preview.textProperty().bind(Bindings.createStringBinding(() -> vm.draftProperty().get() == null ? ""
                : vm.draftProperty().get().text(), vm.draftProperty()));
        VBox left = new VBox(4, title("What changed against the previous version"), changes);
        VBox right = new VBox(4, title("The new version"), preview);
        VBox.setVgrow(changes, Priority.ALWAYS);
        VBox.setVgrow(preview, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, right);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label problem = new Label();
        problem.setId("pack-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        Button[] create = new Button[1];
        HBox buttons = Dialogs.buttons("pack", "Create", () -> onDone.run(), create);
        create[0].disableProperty().bind(vm.canCreateProperty().not());
        create[0].setOnAction(e -> vm.create().ifPresent(f -> onDone.run()));
        root.getChildren().addAll(top, split, problem, buttons);
    }

    private static Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.MUTED);
        return l;
    }

    private static String describe(PackDraft d) {
        return d == null ? "—" : d.label() + " → " + d.repo() + "/" + d.path()
                + (d.previousKey() == null ? " (first version)" : " (after " + d.previousKey() + ")");
    }
}
