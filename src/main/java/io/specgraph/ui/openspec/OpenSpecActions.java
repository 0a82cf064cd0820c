package io.specgraph.ui.openspec;

import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * A small panel for an OpenSpec change, for the inspector: its stage ({@code Implementing · 2/4 tasks · next: …})
 * and "Archive change…", which checks the change and asks before archiving. {@link #show} picks the change; a node
 * that is not a change hides the panel.
 */
public final class OpenSpecActions {

    private final OpenSpecActionsViewModel vm;
    private final VBox root = new VBox(6);

    /** A panel whose archive reloads with {@code reload} (the shell passes {@code WorkbenchModel::reload}). */
    public OpenSpecActions(WorkspaceModel model, Runnable reload) {
        this(model, reload, LocalDate::now);
    }

    /** As above, archiving on the date {@code today} gives (tests). */
    public OpenSpecActions(WorkspaceModel model, Runnable reload, Supplier<LocalDate> today) {
        this.vm = new OpenSpecActionsViewModel(model, reload, today);
        root.setId("openspec-actions");
        Label stage = new Label();
        stage.setId("openspec-stage");
        stage.setWrapText(true);
        stage.textProperty().bind(vm.stageProperty());
        stage.setGraphic(new FontIcon("mdi2s-source-branch"));
        Button archive = new Button("Archive change…", new FontIcon("mdi2a-archive-arrow-down-outline"));
        archive.setId("openspec-archive");
        archive.disableProperty().bind(vm.archivableProperty().not());
        archive.setOnAction(e -> archiveDialog(root.getScene() == null ? null : root.getScene().getWindow()));
        Label message = new Label();
        message.setId("openspec-message");
        message.setWrapText(true);
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        HBox row = new HBox(8, stage, archive);
        row.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(row, message);
        root.visibleProperty().bind(vm.stageProperty().isNotEmpty());
        root.managedProperty().bind(root.visibleProperty());
    }

    /** Shows the change {@code nodeKey} (null or another kind of node: the panel hides). */
    public void show(String nodeKey) {
        vm.changeKeyProperty().set(nodeKey);
    }

    /** Opens the "Archive change…" dialog for the change shown, over {@code owner} (for the palette). */
    public void archiveDialog(Window owner) {
        OpenSpecArchiveDialog.show(owner, vm);
    }

    public Parent root() {
        return root;
    }

    /** The view-model behind the panel (tests, the shell). */
    public OpenSpecActionsViewModel viewModel() {
        return vm;
    }
}
