package io.specgraph.ui.openspec;

import io.specgraph.engine.view.workflow.OpenSpecArchivePlan;
import io.specgraph.engine.view.workflow.OpenSpecSpecUpdate;
import io.specgraph.ui.common.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * "Archive change…": what archiving will write (each main spec with its operations, the folder move) and report,
 * what refuses it, and — when tasks are open — a box to tick before Archive is enabled (OpenSpec asks the same,
 * default No). Nothing is written before Archive.
 */
final class OpenSpecArchiveDialog {

    private final VBox root = new VBox(10);

    private OpenSpecArchiveDialog(OpenSpecActionsViewModel vm, OpenSpecArchivePlan plan, Runnable close) {
        root.setId("openspec-archive-dialog");
        root.setPadding(new Insets(16));
        root.setPrefWidth(600);
        Label head = new Label("Archive " + plan.name() + "?");
        head.getStyleClass().add(Styles.TITLE);
        VBox changes = new VBox(4);
        changes.setId("openspec-archive-changes");
        if (plan.ok()) {
            changes.getChildren().add(new Label("Main specs:" + (plan.specs().isEmpty() ? " none change" : "")));
            for (OpenSpecSpecUpdate s : plan.specs()) {
                Label l = new Label(s.summary() + " — " + s.path());
                l.setWrapText(true);
                changes.getChildren().add(l);
            }
            Label move = new Label("Moves " + plan.changeDir() + " to " + plan.archiveDir());
            move.setWrapText(true);
            changes.getChildren().add(move);
        }
        for (String w : plan.warnings()) {
            Label l = new Label("⚠ " + w);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.MUTED);
            changes.getChildren().add(l);
        }
        VBox refusals = new VBox(4);
        refusals.setId("openspec-archive-refusals");
        for (String r : plan.refusals()) {
            Label l = new Label(r);
            l.setWrapText(true);
            l.getStyleClass().add("openspec-refusal");
            refusals.getChildren().add(l);
        }
        CheckBox openTasks = new CheckBox(plan.openTasks() + " of " + plan.totalTasks()
                + " tasks are open — archive anyway");
        openTasks.setId("openspec-archive-open-tasks");
        openTasks.setVisible(plan.ok() && plan.needsConfirmation());
        openTasks.setManaged(openTasks.isVisible());
        Label problem = new Label();
        problem.setId("openspec-archive-problem");
        problem.setWrapText(true);
        Button archive = new Button("Archive");
        archive.setId("openspec-archive-apply");
        archive.setDefaultButton(true);
        if (plan.ok() && plan.needsConfirmation()) {
            archive.disableProperty().bind(openTasks.selectedProperty().not());
        } else {
            archive.setDisable(!plan.ok());
        }
        archive.setOnAction(e -> {
            if (vm.archive(plan, openTasks.isSelected())) {
                close.run();
            } else {
                problem.setText(vm.messageProperty().get());
            }
        });
        Button cancel = new Button(plan.ok() ? "Cancel" : "Close");
        cancel.setId("openspec-archive-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> close.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, spacer, cancel, archive);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        root.getChildren().addAll(head, changes, refusals, openTasks, problem, buttons);
    }

    /** Checks the shown change and opens the dialog over {@code owner} (not blocking). */
    static void show(Window owner, OpenSpecActionsViewModel vm) {
        OpenSpecArchivePlan plan = vm.check();
        Stage stage = io.specgraph.ui.common.DialogWindow.stage(owner, "Archive OpenSpec change");
        OpenSpecArchiveDialog d = new OpenSpecArchiveDialog(vm, plan, stage::close);
        io.specgraph.ui.common.DialogWindow.show(stage, d.root);
    }
}
