package io.specgraph.ui.queue;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.ReviewCategory;
import io.specgraph.engine.view.review.ReviewQueue;
import io.specgraph.engine.view.review.ReviewRow;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The reviewer queue tab: category toggles with counts, a repo filter, and a sortable table of what to act on.
 * A click selects the row's node, a double click (or Enter) opens its document; "Show in graph" and "Open document"
 * act on the selected row, and so does each row's context menu.
 */
public final class ReviewerQueueView {

    private static final String ALL_REPOS = "All repos";

    private final ReviewerQueueViewModel vm;
    private final BorderPane root = new BorderPane();
    private final TableView<ReviewRow> table = new TableView<>();
    private final ChangeListener<Workspace> onSnapshot;

    public ReviewerQueueView(WorkspaceModel model, Navigator nav) {
        this.vm = new ReviewerQueueViewModel(nav);
        root.getStyleClass().add("sg-queue");
        root.getStylesheets().add(ReviewerQueueView.class.getResource("queue.css").toExternalForm());
        root.setTop(header());
        root.setCenter(table());
        onSnapshot = (o, old, ws) -> vm.setWorkspace(ws);
        model.workspaceProperty().addListener(new WeakChangeListener<>(onSnapshot));
        vm.setWorkspace(model.get());
    }

    public Parent root() {
        return root;
    }

    /** The view-model behind the view (for the shell's status bar and tests). */
    public ReviewerQueueViewModel viewModel() {
        return vm;
    }

    private VBox header() {
        Label title = new Label("Reviewer queue");
        title.getStyleClass().add(Styles.TITLE);
        Label total = new Label();
        total.setId("queue-total");
        total.getStyleClass().add(Styles.MUTED);
        total.textProperty().bind(Bindings.createStringBinding(() -> !vm.loadedProperty().get() ? "no workspace"
                : vm.totalProperty().get() + (vm.totalProperty().get() == 1 ? " item" : " items"),
                vm.totalProperty(), vm.loadedProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, title, total, spacer, repoFilter(), actionButton("queue-show-in-graph",
                "Show in graph", "mdi2s-sitemap", vm::showInGraph), actionButton("queue-open-document",
                "Open document", "mdi2f-file-document-outline", vm::openDocument));
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, top, categoryToggles());
        box.setPadding(new Insets(8));
        return box;
    }

    private ComboBox<String> repoFilter() {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("queue-repo-filter");
        combo.getItems().add(ALL_REPOS);
        vm.repos().addListener((ListChangeListener<String>) c -> {
            String keep = vm.repoProperty().get();
            combo.getItems().setAll(ALL_REPOS);
            combo.getItems().addAll(vm.repos());
            combo.setValue(keep == null ? ALL_REPOS : keep);
        });
        combo.getItems().addAll(vm.repos());
        combo.setValue(ALL_REPOS);
        combo.valueProperty().addListener((o, a, b) -> vm.repoProperty().set(b == null || ALL_REPOS.equals(b)
                ? null : b));
        vm.repoProperty().addListener((o, a, b) -> combo.setValue(b == null ? ALL_REPOS : b));
        return combo;
    }

    private Button actionButton(String id, String text, String icon, Consumer<ReviewRow> act) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            ReviewRow r = table.getSelectionModel().getSelectedItem();
            return r == null || !r.hasNode();
        }, table.getSelectionModel().selectedItemProperty()));
        b.setOnAction(e -> act.accept(table.getSelectionModel().getSelectedItem()));
        return b;
    }

    private FlowPane categoryToggles() {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane(6, 6);
        ToggleButton all = toggle(group, "queue-filter-all", null);
        all.textProperty().bind(Bindings.concat("All (", vm.totalProperty(), ")"));
        pane.getChildren().add(all);
        for (ReviewCategory c : ReviewCategory.values()) {
            ToggleButton t = toggle(group, "queue-filter-" + c.name().toLowerCase(Locale.ROOT), c);
            t.textProperty().bind(Bindings.concat(c.label(), " (", vm.countProperty(c), ")"));
            pane.getChildren().add(t);
        }
        group.selectToggle(all);
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true); // one toggle stays on
            } else {
                vm.categoryProperty().set((ReviewCategory) b.getUserData());
            }
        });
        vm.categoryProperty().addListener((o, a, b) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == b).findFirst().ifPresent(group::selectToggle));
        return pane;
    }

    private static ToggleButton toggle(ToggleGroup group, String id, ReviewCategory c) {
        ToggleButton t = new ToggleButton();
        t.setId(id);
        t.setUserData(c);
        t.setToggleGroup(group);
        return t;
    }

    private TableView<ReviewRow> table() {
        table.setId("queue-table");
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<ReviewRow, ReviewRow> category = rowColumn("Category", 150, QueueCells::category);
        category.setComparator(Comparator.comparing(ReviewRow::category));
        TableColumn<ReviewRow, ReviewRow> node = rowColumn("Node", 140, QueueCells::node);
        node.setComparator(Comparator.comparing(ReviewRow::id, ReviewQueue.ID_ORDER));
        TableColumn<ReviewRow, ReviewRow> reason = rowColumn("Reason", 340, QueueCells::reason);
        reason.setComparator(Comparator.comparing(ReviewRow::severity).thenComparing(ReviewRow::reason));
        TableColumn<ReviewRow, Integer> age = column("Age", 55, ReviewRow::ageDays);
        age.setCellFactory(c -> QueueCells.age());
        age.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        table.getColumns().addAll(List.of(category, node, column("Title", 190, ReviewRow::title),
                column("Repo", 80, ReviewRow::repo), column("Status", 90, ReviewRow::status), reason,
                column("Owner", 160, ReviewRow::owner), age));
        SortedList<ReviewRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.placeholderProperty().bind(Bindings.createObjectBinding(() -> new Label(vm.loadedProperty().get()
                ? "Nothing to review here" : "No workspace loaded"), vm.loadedProperty()));
        table.setRowFactory(t -> row());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.openDocument(table.getSelectionModel().getSelectedItem());
            }
        });
        table.setOnKeyReleased(e -> {
            if (e.getCode().isNavigationKey()) { // moving through the rows selects as a click does
                vm.select(table.getSelectionModel().getSelectedItem());
            }
        });
        return table;
    }

    private TableRow<ReviewRow> row() {
        TableRow<ReviewRow> row = new TableRow<>();
        row.setOnMouseClicked(e -> {
            if (row.isEmpty() || e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                vm.openDocument(row.getItem());
            } else if (e.getClickCount() == 1) {
                vm.select(row.getItem());
            }
        });
        MenuItem graph = new MenuItem("Show in graph", new FontIcon("mdi2s-sitemap"));
        graph.setOnAction(e -> vm.showInGraph(row.getItem()));
        MenuItem open = new MenuItem("Open document", new FontIcon("mdi2f-file-document-outline"));
        open.setOnAction(e -> vm.openDocument(row.getItem()));
        MenuItem related = new MenuItem("Select related node");
        related.setOnAction(e -> vm.selectRelated(row.getItem()));
        ContextMenu menu = new ContextMenu(graph, open, related);
        row.itemProperty().addListener((o, a, b) -> {
            row.setContextMenu(b == null || !b.hasNode() ? null : menu);
            related.setVisible(b != null && b.relatedKey() != null);
            related.setText(b == null || b.relatedKey() == null ? "Select related node" : "Select " + b.relatedKey());
        });
        return row;
    }

    private static <T> TableColumn<ReviewRow, T> column(String name, double width, Function<ReviewRow, T> value) {
        TableColumn<ReviewRow, T> c = new TableColumn<>(name);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue())));
        return c;
    }

    private static TableColumn<ReviewRow, ReviewRow> rowColumn(String name, double width,
                                                               Supplier<TableCell<ReviewRow, ReviewRow>> cell) {
        TableColumn<ReviewRow, ReviewRow> c = column(name, width, r -> r);
        c.setCellFactory(x -> cell.get());
        return c;
    }
}
