package io.specgraph.ui.matrix;

import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.trace.Matrix;
import io.specgraph.engine.view.trace.SpecEntry;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The traceability matrix: a mode switch (repos / contracts), a row filter, CSV export, the grid of platform specs
 * × columns, and the coverage figures. A chip in a cell is one component spec: a click selects it, a double click
 * opens its document, the context menu shows it in the graph.
 */
public final class MatrixView {

    private static final Logger LOG = LoggerFactory.getLogger(MatrixView.class);
    static final String STYLESHEET = "/io/specgraph/ui/matrix/matrix.css";
    static final String COMMON_STYLESHEET = "/io/specgraph/ui/specgraph.css";
    static final String CHIP = "sg-matrix-chip";

    private final MatrixViewModel vm;
    private final Navigator nav;
    private final BorderPane root = new BorderPane();
    private final GridPane grid = new GridPane();
    private final FlowPane figures = new FlowPane(16, 8);
    private final Label status = new Label();

    public MatrixView(WorkspaceModel model, Navigator nav) {
        this.vm = new MatrixViewModel(model);
        this.nav = Objects.requireNonNull(nav, "nav");
        root.getStyleClass().addAll(Styles.BOARD, "sg-matrix");
        root.getStylesheets().addAll(css(COMMON_STYLESHEET), css(STYLESHEET));
        root.setTop(toolbar());
        grid.setId("matrix-grid");
        grid.getStyleClass().add("sg-matrix-grid");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(false);
        root.setCenter(scroll);
        figures.setId("matrix-figures");
        figures.getStyleClass().add("sg-matrix-figures");
        root.setBottom(figures);
        vm.matrixProperty().addListener((obs, o, m) -> fillGrid(m));
        vm.figuresProperty().addListener((obs, o, f) -> fillFigures(f));
        fillGrid(vm.matrix());
        fillFigures(vm.figuresProperty().get());
    }

    public Parent root() {
        return root;
    }

    MatrixViewModel viewModel() {
        return vm;
    }

    private static String css(String path) {
        return Objects.requireNonNull(MatrixView.class.getResource(path), path).toExternalForm();
    }

    private Node toolbar() {
        ToggleGroup modes = new ToggleGroup();
        ToggleButton repos = new ToggleButton("Repos");
        repos.setId("matrix-mode-repos");
        ToggleButton contracts = new ToggleButton("Contracts");
        contracts.setId("matrix-mode-contracts");
        repos.setToggleGroup(modes);
        contracts.setToggleGroup(modes);
        modes.selectToggle(vm.modeProperty().get() == Matrix.Mode.CONTRACTS ? contracts : repos);
        modes.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                modes.selectToggle(old); // one mode is always on
            } else {
                vm.modeProperty().set(now == contracts ? Matrix.Mode.CONTRACTS : Matrix.Mode.REPOS);
            }
        });
        TextField filter = new TextField();
        filter.setId("matrix-filter");
        filter.setPromptText("Filter rows by spec id or title");
        filter.textProperty().bindBidirectional(vm.filterTextProperty());
        Button export = new Button("Export CSV…", new FontIcon("mdi2f-file-delimited-outline"));
        export.setId("matrix-export");
        export.setOnAction(e -> exportCsv());
        status.setId("matrix-status");
        status.getStyleClass().add(Styles.MUTED);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, repos, contracts, filter, gap, status, export);
        bar.getStyleClass().add("sg-filter-bar");
        return bar;
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the traceability matrix");
        chooser.setInitialFileName(vm.modeProperty().get() == Matrix.Mode.CONTRACTS
                ? "traceability-contracts.csv" : "traceability-matrix.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv"));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return;
        }
        try {
            vm.exportCsv(file.toPath());
            status.setText("Exported to " + file.getName());
        } catch (IOException ex) {
            LOG.warn("CSV export to {} failed", file, ex);
            status.setText("Export failed: " + ex.getMessage());
        }
    }

    private void fillGrid(Matrix m) {
        grid.getChildren().clear();
        if (m == null) {
            grid.add(new Label("No workspace loaded"), 0, 0);
            return;
        }
        grid.add(header(m.mode() == Matrix.Mode.REPOS ? "Platform spec \\ repo" : "Platform spec \\ contract", null),
                0, 0);
        for (int c = 0; c < m.columns().size(); c++) {
            Matrix.Column col = m.columns().get(c);
            Node icon = col.node() == null ? repoIcon() : KindStyle.of(col.node().kind()).newIcon();
            Label h = header(col.label(), icon);
            if (col.node() != null) {
                chipActions(h, col.node().key());
                h.setTooltip(new Tooltip(col.node().title() + " · " + col.node().stateLabel()));
            }
            grid.add(h, c + 1, 0);
        }
        if (m.rows().isEmpty()) {
            grid.add(new Label("No platform spec matches"), 0, 1);
        }
        for (int r = 0; r < m.rows().size(); r++) {
            Matrix.Row row = m.rows().get(r);
            grid.add(rowHeader(row), 0, r + 1);
            for (int c = 0; c < row.cells().size(); c++) {
                grid.add(cell(row.cells().get(c)), c + 1, r + 1);
            }
        }
    }

    private static Node repoIcon() {
        FontIcon i = new FontIcon("mdi2s-source-repository");
        i.getStyleClass().add("sg-icon-repo");
        return i;
    }

    private static Label header(String text, Node icon) {
        Label l = new Label(text, icon);
        l.getStyleClass().add("sg-matrix-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Node rowHeader(Matrix.Row row) {
        VBox box = new VBox(2);
        box.getStyleClass().addAll("sg-matrix-cell", "sg-matrix-row-header");
        if (row.spec() == null) {
            Label l = new Label(row.label());
            l.getStyleClass().add(Styles.MUTED);
            l.setTooltip(new Tooltip("Component specs whose implements names no platform spec in the workspace"));
            box.getChildren().add(l);
            return box;
        }
        SpecEntry s = row.spec();
        Label id = chip(s);
        Label title = new Label(s.title());
        title.getStyleClass().add(Styles.MUTED);
        title.setMaxWidth(220);
        box.getChildren().addAll(id, title);
        return box;
    }

    private Node cell(Matrix.Cell cell) {
        VBox box = new VBox(3);
        box.getStyleClass().add("sg-matrix-cell");
        if (cell.declared()) {
            Label d = new Label("declares");
            d.getStyleClass().add("sg-matrix-declared");
            d.setTooltip(new Tooltip("the platform spec's contract_specs name this contract version"));
            box.getChildren().add(d);
        }
        if (cell.missing()) {
            box.getStyleClass().add("sg-matrix-cell-missing");
            Label miss = new Label("missing · " + String.join(", ", cell.tasks()),
                    new FontIcon("mdi2a-alert-circle-outline"));
            miss.getStyleClass().add("sg-matrix-missing");
            miss.setTooltip(new Tooltip("planned by fan-out task " + String.join(", ", cell.tasks())
                    + ", but no component spec exists in this repo yet"));
            box.getChildren().add(miss);
        }
        for (SpecEntry s : cell.specs()) {
            box.getChildren().add(chip(s));
        }
        return box;
    }

    private Label chip(SpecEntry s) {
        String state = s.stateLabel();
        Label l = new Label(state.isEmpty() ? s.id() : s.id() + " · " + state, KindStyle.of(s.kind()).newIcon());
        l.getStyleClass().addAll(CHIP, "sg-chip-" + s.health().level().name().toLowerCase(Locale.ROOT));
        l.setUserData(s.key());
        l.setTooltip(new Tooltip(s.title() + "\n" + healthText(s.health())));
        chipActions(l, s.key());
        return l;
    }

    private void chipActions(Label l, String key) {
        l.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            if (e.getClickCount() == 2) {
                nav.openDocument(key);
            } else if (e.getClickCount() == 1) {
                nav.select(key);
            }
            e.consume();
        });
        MenuItem graph = new MenuItem("Show in graph");
        graph.setOnAction(e -> nav.showInGraph(key));
        MenuItem open = new MenuItem("Open document");
        open.setOnAction(e -> nav.openDocument(key));
        l.setContextMenu(new ContextMenu(graph, open));
    }

    static String healthText(Health h) {
        if (h.level() == Health.Level.OK) {
            return "gates pass";
        }
        String s = h.errors() + " errors, " + h.warnings() + " warnings";
        if (!h.failingGates().isEmpty()) {
            s += "; failing: " + String.join(", ", h.failingGates().stream().map(g -> g.label()).toList());
        }
        return s;
    }

    private void fillFigures(List<Figure> list) {
        figures.getChildren().clear();
        for (Figure f : list) {
            Label value = new Label(f.value());
            value.getStyleClass().add("sg-figure-value");
            Label label = new Label(f.label());
            label.getStyleClass().add(Styles.MUTED);
            VBox box = new VBox(1, value, label);
            box.getStyleClass().add("sg-figure");
            Tooltip.install(box, new Tooltip(f.help()));
            figures.getChildren().add(box);
        }
    }
}
