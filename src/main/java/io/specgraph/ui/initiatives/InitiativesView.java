package io.specgraph.ui.initiatives;

import io.specgraph.engine.view.Health;
import io.specgraph.model.Gate;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The initiatives dashboard: a filter bar and a tree table of initiatives → platform specs → repos → component
 * specs with status, gate health, a progress bar and fan-out counts. A click selects the node, a double click opens
 * its document, the context menu shows it in the graph.
 */
public final class InitiativesView {

    static final String STYLESHEET = "/io/specgraph/ui/initiatives/initiatives.css";
    static final String COMMON_STYLESHEET = "/io/specgraph/ui/specgraph.css";

    private final InitiativesViewModel vm;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final TreeTableView<BoardRow> table = new TreeTableView<>();
    private final Set<String> expanded = new HashSet<>();
    private boolean firstFill = true;

    public InitiativesView(WorkspaceModel model, Navigator nav) {
        this.vm = new InitiativesViewModel(model);
        this.nav = Objects.requireNonNull(nav, "nav");
        root.getStyleClass().addAll(Styles.BOARD, "sg-initiatives");
        root.getStylesheets().addAll(css(COMMON_STYLESHEET), css(STYLESHEET));
        root.setTop(filterBar());
        root.setCenter(table);
        buildTable();
        vm.rowsProperty().addListener((obs, o, rows) -> fill(rows));
        fill(vm.rows());
    }

    public Parent root() {
        return root;
    }

    InitiativesViewModel viewModel() {
        return vm;
    }

    TreeTableView<BoardRow> table() {
        return table;
    }

    private static String css(String path) {
        return Objects.requireNonNull(InitiativesView.class.getResource(path), path).toExternalForm();
    }

    private Node filterBar() {
        TextField filter = new TextField();
        filter.setId("initiatives-filter");
        filter.setPromptText("Filter by id or title");
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        ComboBox<String> state = new ComboBox<>();
        state.setId("initiatives-state");
        state.getItems().setAll(vm.statesProperty().get());
        vm.statesProperty().addListener((obs, o, n) -> state.getItems().setAll(n));
        state.valueProperty().bindBidirectional(vm.stateFilterProperty());
        CheckBox problems = new CheckBox("Problems only");
        problems.setId("initiatives-problems");
        problems.selectedProperty().bindBidirectional(vm.problemsOnlyProperty());
        Label summary = new Label();
        summary.setId("initiatives-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(vm.summaryProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, filter, state, problems, gap, summary);
        bar.getStyleClass().add("sg-filter-bar");
        return bar;
    }

    private void buildTable() {
        table.setId("initiatives-table");
        table.setShowRoot(false);
        table.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY); // scroll rather than squeeze
        TreeTableColumn<BoardRow, BoardRow> name = column("Initiative / spec", 220, r -> r);
        name.setCellFactory(c -> cell((cell, r) -> {
            cell.setText(r.label());
            cell.setGraphic(icon(r));
        }));
        TreeTableColumn<BoardRow, BoardRow> title = textColumn("Title", 220, BoardRow::title);
        TreeTableColumn<BoardRow, BoardRow> status = textColumn("Status", 100, BoardRow::status);
        TreeTableColumn<BoardRow, BoardRow> health = column("Health", 90, r -> r);
        health.setCellFactory(c -> cell((cell, r) -> cell.setGraphic(r.health() == null ? null : badge(r.health()))));
        TreeTableColumn<BoardRow, BoardRow> progress = column("Progress", 150, r -> r);
        progress.setCellFactory(c -> cell((cell, r) -> cell.setGraphic(r.progress() < 0 ? null : bar(r.progress()))));
        TreeTableColumn<BoardRow, BoardRow> specs = textColumn("Component specs", 300, BoardRow::specs);
        TreeTableColumn<BoardRow, BoardRow> fanOut = textColumn("Fan-out", 150, BoardRow::fanOut);
        table.getColumns().setAll(List.of(name, title, status, health, progress, specs, fanOut));
        table.setRowFactory(t -> row());
    }

    private static TreeTableColumn<BoardRow, BoardRow> column(String header, double width,
                                                              Function<BoardRow, BoardRow> value) {
        TreeTableColumn<BoardRow, BoardRow> c = new TreeTableColumn<>(header);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(value.apply(f.getValue().getValue())));
        return c;
    }

    private static TreeTableColumn<BoardRow, BoardRow> textColumn(String header, double width,
                                                                  Function<BoardRow, String> text) {
        TreeTableColumn<BoardRow, BoardRow> c = column(header, width, r -> r);
        c.setCellFactory(col -> cell((cell, r) -> cell.setText(text.apply(r))));
        return c;
    }

    private interface Paint {
        void paint(TreeTableCell<BoardRow, BoardRow> cell, BoardRow row);
    }

    private static TreeTableCell<BoardRow, BoardRow> cell(Paint paint) {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(BoardRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(null);
                if (!empty && item != null) {
                    paint.paint(this, item);
                }
            }
        };
    }

    private TreeTableRow<BoardRow> row() {
        TreeTableRow<BoardRow> row = new TreeTableRow<>() {
            @Override
            protected void updateItem(BoardRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("sg-row-missing", "sg-row-initiative");
                setContextMenu(null);
                if (!empty && item != null) {
                    if (item.type() == BoardRow.Type.MISSING) {
                        getStyleClass().add("sg-row-missing");
                    } else if (item.type() == BoardRow.Type.INITIATIVE) {
                        getStyleClass().add("sg-row-initiative");
                    }
                    if (item.nodeKey() != null) {
                        setContextMenu(menu(item.nodeKey()));
                    }
                }
            }
        };
        row.setOnMouseClicked(e -> {
            BoardRow r = row.getItem();
            if (e.getButton() != MouseButton.PRIMARY || row.isEmpty() || r == null || r.nodeKey() == null) {
                return;
            }
            if (e.getClickCount() == 2) {
                nav.openDocument(r.nodeKey());
            } else if (e.getClickCount() == 1) {
                nav.select(r.nodeKey());
            }
        });
        return row;
    }

    private ContextMenu menu(String key) {
        MenuItem graph = new MenuItem("Show in graph");
        graph.setOnAction(e -> nav.showInGraph(key));
        MenuItem open = new MenuItem("Open document");
        open.setOnAction(e -> nav.openDocument(key));
        return new ContextMenu(graph, open);
    }

    private static Node icon(BoardRow r) {
        if (r.kind() != null) {
            return KindStyle.of(r.kind()).newIcon();
        }
        FontIcon i = new FontIcon(r.type() == BoardRow.Type.MISSING ? "mdi2a-alert-circle-outline"
                : r.type() == BoardRow.Type.INITIATIVE ? "mdi2f-folder-outline" : "mdi2s-source-repository");
        i.getStyleClass().add(r.type() == BoardRow.Type.MISSING ? "sg-icon-missing" : "sg-icon-repo");
        return i;
    }

    static Label badge(Health h) {
        Label l = new Label(badgeText(h));
        l.getStyleClass().addAll(Styles.BADGE, switch (h.level()) {
            case OK -> Styles.BADGE_OK;
            case WARN -> Styles.BADGE_WARN;
            case FAIL -> Styles.BADGE_FAIL;
        });
        if (!h.failingGates().isEmpty()) {
            l.setTooltip(new Tooltip("Failing gates: " + String.join(", ",
                    h.failingGates().stream().map(Gate::label).toList())));
        }
        return l;
    }

    static String badgeText(Health h) {
        return switch (h.level()) {
            case OK -> "ok";
            case WARN -> h.warnings() + (h.warnings() == 1 ? " warning" : " warnings");
            case FAIL -> h.errors() > 0 ? h.errors() + (h.errors() == 1 ? " error" : " errors")
                    : h.failingGates().size() + " gates fail";
        };
    }

    private static Node bar(double fraction) {
        ProgressBar bar = new ProgressBar(fraction);
        bar.setPrefWidth(90);
        bar.getStyleClass().add("sg-progress");
        Label pct = new Label(Math.round(fraction * 100) + " %");
        HBox box = new HBox(6, bar, pct);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void fill(List<BoardRow> rows) {
        TreeItem<BoardRow> top = new TreeItem<>();
        for (BoardRow r : rows) {
            top.getChildren().add(item(r, ""));
        }
        table.setRoot(top);
        firstFill = false;
    }

    private TreeItem<BoardRow> item(BoardRow r, String parentPath) {
        String path = parentPath + "/" + r.type() + ":" + r.label();
        TreeItem<BoardRow> item = new TreeItem<>(r);
        for (BoardRow c : r.children()) {
            item.getChildren().add(item(c, path));
        }
        boolean filtering = !vm.filterTextProperty().get().isBlank() || vm.problemsOnlyProperty().get();
        boolean initial = firstFill && r.type() == BoardRow.Type.INITIATIVE;
        item.setExpanded((filtering || initial || expanded.contains(path)) && !r.children().isEmpty());
        if (initial && item.isExpanded()) {
            expanded.add(path);
        }
        item.expandedProperty().addListener((obs, was, now) -> {
            if (now) {
                expanded.add(path);
            } else {
                expanded.remove(path);
            }
        });
        return item;
    }
}
