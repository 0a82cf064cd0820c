package io.specgraph.ui.adr;

import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.workflow.AdrAction;
import io.specgraph.engine.view.workflow.AdrFileEdit;
import io.specgraph.engine.view.workflow.AdrPlan;
import io.specgraph.model.Node;
import io.specgraph.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The confirmation of one ADR lifecycle step: what it will change, file by file, what it means for the specs the
 * ADR blocks, or why it is refused. Supersede first asks which ADR replaces this one. Apply writes and closes;
 * nothing is written before.
 */
final class AdrActionDialog {

    private final AdrBoardViewModel vm;
    private final AdrCard card;
    private final AdrAction action;
    private final VBox root = new VBox(10);
    private final VBox changes = new VBox(4);
    private final Label refusal = new Label();
    private final Button apply = new Button();
    private AdrPlan plan;
    private Runnable onDone = () -> { };

    private AdrActionDialog(AdrBoardViewModel vm, AdrCard card, AdrAction action) {
        this.vm = vm;
        this.card = card;
        this.action = action;
        build();
    }

    /** Opens the dialog over {@code owner} (not blocking: the user answers it). */
    static void show(Window owner, AdrBoardViewModel vm, AdrCard card, AdrAction action) {
        AdrActionDialog d = new AdrActionDialog(vm, card, action);
        Stage stage = io.specgraph.ui.common.DialogWindow.stage(owner, title(card, action));
        d.onDone = stage::close;
        io.specgraph.ui.common.DialogWindow.show(stage, d.root);
    }

    private static String title(AdrCard card, AdrAction action) {
        return switch (action) {
            case TO_REVIEW -> "Move " + card.id() + " to In Review";
            case APPROVE -> "Approve " + card.id();
            case REJECT -> "Reject " + card.id();
            case SUPERSEDE -> "Supersede " + card.id();
        };
    }

    Parent root() {
        return root;
    }

    private void build() {
        root.setId("adr-action-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(560);
        Label head = new Label(title(card, action) + "?");
        head.getStyleClass().add(Styles.TITLE);
        root.getChildren().add(head);
        if (action == AdrAction.SUPERSEDE) {
            root.getChildren().add(picker());
        }
        changes.setId("adr-confirm-changes");
        refusal.setId("adr-confirm-refusal");
        refusal.setWrapText(true);
        refusal.getStyleClass().add("adr-refusal");
        apply.setId("adr-confirm-apply");
        apply.setText(action == AdrAction.SUPERSEDE ? "Supersede" : action.label());
        apply.setDefaultButton(true);
        apply.setOnAction(e -> {
            if (plan != null && plan.ok() && vm.apply(plan)) {
                onDone.run();
            } else {
                refusal.setText(vm.messageProperty().get());
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("adr-confirm-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> onDone.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, apply);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(changes, refusal, buttons);
        if (action != AdrAction.SUPERSEDE) {
            show(vm.plan(card, action, null));
        } else {
            show(null);
        }
    }

    private ComboBox<Node> picker() {
        List<Node> candidates = vm.candidates(card);
        ComboBox<Node> pick = new ComboBox<>();
        pick.getItems().setAll(candidates);
        pick.setId("adr-pick");
        pick.setPromptText("The ADR that supersedes " + card.id());
        pick.setCellFactory(l -> new NodeCell());
        pick.setButtonCell(new NodeCell());
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.valueProperty().addListener((o, a, b) -> show(b == null ? null : vm.plan(card, action, b.key())));
        return pick;
    }

    /** Shows {@code p} (null: nothing picked yet). */
    private void show(AdrPlan p) {
        plan = p;
        changes.getChildren().clear();
        if (p == null) {
            refusal.setText("Pick the ADR that supersedes " + card.id() + ".");
            apply.setDisable(true);
            return;
        }
        refusal.setText(p.ok() ? "" : p.refusal());
        apply.setDisable(!p.ok());
        if (!p.ok()) {
            return;
        }
        Label what = new Label("These files change:");
        changes.getChildren().add(what);
        for (AdrFileEdit e : p.edits()) {
            Label l = new Label(e.summary());
            l.getStyleClass().add("adr-change");
            l.setWrapText(true);
            Label file = new Label(e.file());
            file.getStyleClass().add(Styles.MUTED);
            changes.getChildren().add(new VBox(0, l, file));
        }
        for (String note : p.notes()) {
            Label n = new Label(note);
            n.setWrapText(true);
            n.getStyleClass().add("adr-note");
            changes.getChildren().add(n);
        }
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            root.getScene().getWindow().sizeToScene();
        }
    }

    private static final class NodeCell extends ListCell<Node> {
        @Override
        protected void updateItem(Node n, boolean empty) {
            super.updateItem(n, empty);
            setText(empty || n == null ? null : n.id() + " — " + n.title() + (n.status() == null ? ""
                    : " (" + n.status() + ")"));
        }
    }
}
