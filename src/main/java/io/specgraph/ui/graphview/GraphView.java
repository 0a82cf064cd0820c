package io.specgraph.ui.graphview;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.graph.GraphQuery;
import io.specgraph.engine.view.graph.LaidOutGraph;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The graph view: toolbar on top, the GraphStream canvas (in a StackPane of its own) with the hover card over it,
 * the legend below. Click selects (the navigator follows), double-click opens the document or expands a group, hover
 * shows the summary and failing rules, wheel zooms, drag pans.
 *
 * <p>For {@code specgraph render} and screenshots: {@link #renderOffscreen(Workspace, int, int)}.
 */
public final class GraphView {

    private static final Logger LOG = LoggerFactory.getLogger(GraphView.class);

    private final GraphViewModel vm;
    private final TaskRunner tasks;
    private final GsCanvas canvas;
    private final GraphToolbar toolbar;
    private final GraphLegend legend = new GraphLegend();
    private final Label hover = new Label();
    private final BorderPane root = new BorderPane();

    /** Held here so the weak listener on the application-wide theme lives as long as this view. */
    private final javafx.beans.value.ChangeListener<Boolean> themeListener = (o, a, b) -> restyle();

    public GraphView(WorkspaceModel model, Navigator nav, TaskRunner tasks) {
        this(model, nav, tasks, GraphQuery.ALL);
    }

    private GraphView(WorkspaceModel model, Navigator nav, TaskRunner tasks, GraphQuery initial) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.canvas = new GsCanvas(this::clicked, this::doubleClicked, this::hovered);
        io.specgraph.ui.common.Theme.darkProperty().addListener(
                new javafx.beans.value.WeakChangeListener<>(themeListener));
        this.vm = new GraphViewModel(model, Objects.requireNonNull(nav, "nav"), tasks);
        MenuButton export = new MenuButton("Export");
        export.setId("graph-export");
        for (GraphExport f : GraphExport.values()) {
            MenuItem item = new MenuItem(f.title() + "…");
            item.setOnAction(e -> chooseAndExport(f));
            export.getItems().add(item);
        }
        this.toolbar = new GraphToolbar(vm, canvas::fit, export);
        hover.setId("graph-hover");
        hover.getStyleClass().add("sg-graph-hover");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        hover.setWrapText(true);
        hover.setMaxWidth(420);
        StackPane centre = new StackPane(canvas.node(), hover);
        centre.setMinSize(0, 0);
        root.setTop(toolbar.node());
        root.setCenter(centre);
        root.setBottom(legend.node());
        root.getStyleClass().add("sg-graph-view");
        root.getStylesheets().add(Objects.requireNonNull(
                GraphView.class.getResource("/io/specgraph/ui/graphview/graphview.css")).toExternalForm());
        vm.shownProperty().addListener((o, a, laid) -> show(laid));
        vm.selectedProperty().addListener((o, a, key) -> canvas.select(key));
        model.workspaceProperty().addListener((o, a, ws) -> toolbar.workspaceChanged(ws));
        toolbar.workspaceChanged(model.get());
        vm.queryProperty().set(initial);
        show(vm.shownProperty().get());
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o2, w0, w) -> fitWhenShown(w));
                fitWhenShown(scene.getWindow());
            }
        });
    }

    /** The camera's first fit is wrong until the window is shown: fit again then. */
    private void fitWhenShown(Window w) {
        if (w != null) {
            w.showingProperty().addListener((o, was, showing) -> {
                if (showing) {
                    Platform.runLater(canvas::fit);
                }
            });
        }
    }

    private void restyle() {
        canvas.restyle();
    }

    public Parent root() {
        return root;
    }

    /** Focuses the graph on {@code nodeKey} and its neighbours (the toolbar's depth) and selects it. */
    public void focus(String nodeKey) {
        vm.focus(nodeKey);
    }

    /** The selected node (or group) key, or null. */
    public ReadOnlyStringProperty selectedKeyProperty() {
        return vm.selectedProperty();
    }

    /** What the view shows: the visible graph and its layout (replaced when the query or the snapshot changes). */
    public ReadOnlyObjectProperty<LaidOutGraph> shownProperty() {
        return vm.shownProperty();
    }

    /** Shows what {@code query} asks for (the toolbar follows). */
    public void show(GraphQuery query) {
        vm.queryProperty().set(query);
    }

    /** The query the view shows. */
    public GraphQuery query() {
        return vm.queryProperty().get();
    }

    /** Zooms the camera by {@code factor} (below 1: closer). */
    public void zoom(double factor) {
        canvas.zoom(factor);
    }

    /** Fits the whole view in the canvas. */
    public void fit() {
        canvas.fit();
    }

    /** How many frames the canvas has drawn so far (diagnostics and benchmarks). */
    public long framesDrawn() {
        return canvas.frames();
    }

    /** Stops the viewer's timer; the view is unusable afterwards. */
    public void dispose() {
        canvas.close();
    }

    /**
     * Draws {@code ws} as the graph view would at {@code width} x {@code height}, without a window (FX thread). The
     * whole view with toolbar and legend; the graph is grouped as the view would group it.
     */
    public static WritableImage renderOffscreen(Workspace ws, int width, int height) {
        return renderOffscreen(ws, GraphQuery.ALL, width, height);
    }

    /** As {@link #renderOffscreen(Workspace, int, int)}, showing what {@code query} asks for. */
    public static WritableImage renderOffscreen(Workspace ws, GraphQuery query, int width, int height) {
        WorkspaceModel model = new WorkspaceModel();
        model.set(ws);
        GraphView view = new GraphView(model, Navigator.NONE, TaskRunner.inline(), query);
        try {
            Scene scene = new Scene(view.root(), width, height);
            view.root.applyCss();
            view.root.layout();
            view.canvas.fit();
            view.canvas.drawNow();
            return scene.snapshot(null);
        } finally {
            view.dispose();
        }
    }

    GraphViewModel viewModel() {
        return vm;
    }

    GsCanvas canvas() {
        return canvas;
    }

    private void show(LaidOutGraph laid) {
        canvas.show(laid);
        legend.show(laid.graph());
        hover.setVisible(false);
    }

    private void clicked(String key) {
        vm.click(key);
    }

    private void doubleClicked(String key) {
        vm.doubleClick(key);
    }

    private void hovered(String key, double x, double y) {
        String text = vm.summary(key);
        if (text == null) {
            hover.setVisible(false);
            return;
        }
        hover.setText(text);
        hover.autosize();
        double w = canvas.node().getWidth();
        double h = canvas.node().getHeight();
        double hx = x + 14 + hover.getWidth() > w ? Math.max(0, x - 14 - hover.getWidth()) : x + 14;
        double hy = y + 14 + hover.getHeight() > h ? Math.max(0, y - 14 - hover.getHeight()) : y + 14;
        hover.relocate(hx, hy);
        hover.setVisible(true);
    }

    private void chooseAndExport(GraphExport format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + format.title());
        chooser.setInitialFileName("specgraph." + format.extension());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.title(), "*." + format.extension()));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            export(format, file.toPath(), p -> LOG.info("Exported the graph to {}", p));
        }
    }

    /** Writes the view (PNG, SVG) or the whole graph (DOT, GraphML) to {@code file} in the background. */
    void export(GraphExport format, Path file, java.util.function.Consumer<Path> done) {
        Workspace ws = vm.workspace();
        if (ws == null) {
            return;
        }
        WritableImage png = format == GraphExport.PNG ? canvas.node().snapshot(null, null) : null;
        tasks.run("Exporting the graph", format.writer(file, ws, canvas.shown(), png), done,
                e -> LOG.warn("Could not export the graph to {}", file, e));
    }
}
