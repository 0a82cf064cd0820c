package io.specgraph.ui.wizard;

import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * The "Fan out" dialog of a platform spec: a table of its fan-out tasks (tick, task, target repo, the proposed id
 * and file, the links the spec gets, and whether it exists already or cannot be created); Create writes the ticked
 * component specs, adds them to the platform spec's children, reloads and opens them.
 */
public final class FanOutDialog {

    private final FanOutViewModel vm;
    private final VBox root = new VBox(12);
    private Runnable onDone = () -> { };

    public FanOutDialog(FanOutViewModel vm) {
        this.vm = vm;
        build();
    }

    /** Opens the dialog for the platform spec {@code platformSpecKey}, modal over {@code owner} (may be null). */
    public static void show(Window owner, WorkbenchModel wb, Navigator nav, String platformSpecKey) {
        FanOutDialog dialog = new FanOutDialog(new FanOutViewModel(wb, nav, platformSpecKey));
        dialog.onDone = FanOutDialogKit.open(owner, "Fan out", dialog.root())::close;
    }

    public Parent root() {
        return root;
    }

    /** The dialog's state (tests). */
    public FanOutViewModel model() {
        return vm;
    }

    private void build() {
        root.getStyleClass().addAll("sg-new-document", "sg-fan-out");
        root.getStylesheets().add(FanOutDialogKit.CSS);
        root.setPadding(new Insets(16));
        root.setPrefSize(1100, 560);

        Label heading = new Label();
        heading.setId("fanout-heading");
        heading.getStyleClass().add(Styles.TITLE);
        heading.textProperty().bind(vm.headingProperty());
        Label hint = new Label("Each ticked task becomes a component spec in its repo, from the component spec "
                + "template, and is added to the platform spec's children.");
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);

        TableView<FanOutViewModel.Row> table = new TableView<>(vm.rows());
        table.setId("fanout-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No fan-out tasks"));
        TableColumn<FanOutViewModel.Row, FanOutViewModel.Row> tick = new TableColumn<>("");
        tick.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        tick.setCellFactory(c -> new TickCell());
        tick.setPrefWidth(36);
        tick.setSortable(false);
        table.getColumns().add(tick);
        table.getColumns().add(column("Task", 70, r -> r.item().key()));
        table.getColumns().add(column("Repo", 90, r -> r.item().repo()));
        table.getColumns().add(column("New spec", 330, r -> proposal(r.item().proposal())));
        table.getColumns().add(column("Links", 330, FanOutViewModel.Row::links));
        table.getColumns().add(column("State", 220, FanOutViewModel.Row::state));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label problem = FanOutDialogKit.message("fanout-problem", vm.problemProperty(), true);
        Label outcome = FanOutDialogKit.message("fanout-outcome", vm.outcomeProperty(), false);
        HBox buttons = FanOutDialogKit.buttons("fanout", vm.canCreateProperty(), vm::create, () -> onDone.run());
        root.getChildren().addAll(heading, hint, table, problem, outcome, buttons);
    }

    private static String proposal(NewDocument.Proposal p) {
        return p == null ? "—" : p.id() + "  " + p.path();
    }

    private static TableColumn<FanOutViewModel.Row, String> column(String title, double width,
                                                                   Function<FanOutViewModel.Row, String> text) {
        TableColumn<FanOutViewModel.Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyStringWrapper(text.apply(v.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** The tick of a row: bound to its selection, enabled only for a task that can be created. */
    private static final class TickCell extends TableCell<FanOutViewModel.Row, FanOutViewModel.Row> {
        private final CheckBox box = new CheckBox();
        private FanOutViewModel.Row bound;

        TickCell() {
            box.getStyleClass().add("sg-fanout-tick");
        }

        @Override
        protected void updateItem(FanOutViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                box.selectedProperty().unbindBidirectional(bound.selectedProperty());
                bound = null;
            }
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bound = row;
            box.selectedProperty().bindBidirectional(row.selectedProperty());
            box.setDisable(!row.item().creatable());
            box.setId("fanout-tick-" + row.item().key().replaceAll("[^A-Za-z0-9_-]", "-"));
            setGraphic(box);
        }
    }
}
