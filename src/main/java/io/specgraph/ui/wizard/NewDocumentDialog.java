package io.specgraph.ui.wizard;

import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.engine.view.templates.NewDocumentFile;
import io.specgraph.model.Node;
import io.specgraph.template.TemplateKind;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * The "New document" dialog: kind, repo (only the repos the kind belongs in), title and, for a component spec, the
 * platform spec it implements; the proposed id and file follow every change; Create writes the file from the repo's
 * template, reloads the workspace and opens the new document.
 */
public final class NewDocumentDialog {

    private static final String CSS = "/io/specgraph/ui/wizard/wizard.css";

    private final NewDocumentViewModel vm;
    private final VBox root = new VBox(12);
    private Runnable onDone = () -> { };

    public NewDocumentDialog(WorkbenchModel wb, Navigator nav) {
        this(new NewDocumentViewModel(wb, nav));
    }

    public NewDocumentDialog(NewDocumentViewModel vm) {
        this.vm = vm;
        build();
    }

    /** Opens the dialog, modal over {@code owner} (may be null). */
    public static void show(Window owner, WorkbenchModel wb, Navigator nav) {
        NewDocumentDialog dialog = new NewDocumentDialog(wb, nav);
        Stage stage = io.specgraph.ui.common.DialogWindow.stage(owner, "New document");
        dialog.onDone = stage::close;
        io.specgraph.ui.common.DialogWindow.show(stage, dialog.root());
    }

    public Parent root() {
        return root;
    }

    /** The dialog's state (tests). */
    public NewDocumentViewModel model() {
        return vm;
    }

    private void build() {
        root.getStyleClass().add("sg-new-document");
        root.getStylesheets().add(CSS);
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);

        ComboBox<TemplateKind> kind = new ComboBox<>(FXCollections.observableArrayList(
                NewDocumentFile.KINDS));
        kind.setId("new-kind");
        kind.setCellFactory(l -> cell(NewDocumentDialog::kindLabel));
        kind.setButtonCell(cell(NewDocumentDialog::kindLabel));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        ComboBox<String> repo = new ComboBox<>(vm.repos());
        repo.setId("new-repo");
        repo.valueProperty().bindBidirectional(vm.repoProperty());

        TextField title = new TextField();
        title.setId("new-title");
        title.setPromptText("What the document is about");
        title.textProperty().bindBidirectional(vm.titleProperty());

        ComboBox<String> parent = new ComboBox<>(vm.platformSpecs());
        parent.setId("new-implements");
        parent.setPromptText("(none)");
        parent.setCellFactory(l -> cell(this::specLabel));
        parent.setButtonCell(cell(this::specLabel));
        parent.valueProperty().bindBidirectional(vm.implementsProperty());
        Label parentLabel = new Label("Implements");
        for (javafx.scene.Node n : new javafx.scene.Node[] {parent, parentLabel}) {
            n.visibleProperty().bind(vm.forComponentSpecProperty());
            n.managedProperty().bind(vm.forComponentSpecProperty());
        }

        Label id = new Label();
        id.setId("new-id");
        id.getStyleClass().add(Styles.TITLE);
        id.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.proposalProperty().get(), true),
                vm.proposalProperty()));
        Label path = new Label();
        path.setId("new-path");
        path.getStyleClass().add(Styles.MUTED);
        path.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.proposalProperty().get(), false),
                vm.proposalProperty()));
        Label problem = new Label();
        problem.setId("new-problem");
        problem.getStyleClass().add("sg-new-problem");
        problem.textProperty().bind(vm.problemProperty());
        problem.setWrapText(true);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Kind"), kind);
        form.addRow(1, new Label("Repo"), repo);
        form.addRow(2, new Label("Title"), title);
        form.addRow(3, parentLabel, parent);
        form.addRow(4, new Label("Id"), id);
        form.addRow(5, new Label("File"), path);
        for (Region r : new Region[] {kind, repo, title, parent}) {
            r.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(r, Priority.ALWAYS);
        }

        Button cancel = new Button("Cancel");
        cancel.setId("new-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onDone.run());
        Button create = new Button("Create");
        create.setId("new-create");
        create.setDefaultButton(true);
        create.disableProperty().bind(vm.canCreateProperty().not());
        create.setOnAction(e -> vm.create().ifPresent(c -> onDone.run()));
        HBox buttons = new HBox(8, cancel, create);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        root.getChildren().addAll(form, problem, buttons);
    }

    private static String describe(NewDocument.Proposal p, boolean id) {
        if (p == null) {
            return "—";
        }
        return id ? p.repo() + "/" + p.id() : p.repo() + "/" + p.path();
    }

    private static String kindLabel(TemplateKind k) {
        return k.title();
    }

    private String specLabel(String key) {
        Node n = vm.platformSpecNode(key);
        return n == null ? key : n.id() + " — " + n.title();
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                setText(text.apply(item));
                setGraphic(item instanceof TemplateKind k ? k.nodeKind().map(nk -> KindStyle.of(nk).newIcon())
                        .orElse(null) : null);
            }
        };
    }
}
