package io.specgraph.ui.graphview;

import io.specgraph.engine.view.graph.GraphLayout;
import io.specgraph.engine.view.graph.LaidOutGraph;
import io.specgraph.engine.view.graph.Layers;
import io.specgraph.engine.view.graph.VisibleEdge;
import io.specgraph.engine.view.graph.VisibleNode;
import io.specgraph.ui.common.Theme;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import org.graphstream.graph.Edge;
import org.graphstream.graph.Node;
import org.graphstream.graph.implementations.MultiGraph;
import org.graphstream.ui.fx_viewer.FxDefaultView;
import org.graphstream.ui.fx_viewer.FxViewer;
import org.graphstream.ui.geom.Point3;
import org.graphstream.ui.graphicGraph.GraphicElement;
import org.graphstream.ui.graphicGraph.GraphicGraph;
import org.graphstream.ui.javafx.FxGraphRenderer;
import org.graphstream.ui.view.View;
import org.graphstream.ui.view.camera.Camera;
import org.graphstream.ui.view.util.InteractiveElement;
import org.graphstream.ui.view.util.MouseManager;

import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The GraphStream part: a graph rebuilt from each laid-out view with fixed positions (auto-layout off), its FX
 * viewer in a StackPane of its own, our mouse handling (click, double-click, hover, wheel zoom around the pointer,
 * drag to pan; GraphStream's node dragging is off) and a count of the frames actually drawn.
 */
final class GsCanvas {

    /** A node narrower than this many pixels has no readable label: labels are hidden below it. */
    private static final double LABEL_MIN_PX = 60;
    private static final EnumSet<InteractiveElement> NODES = EnumSet.of(InteractiveElement.NODE);
    /** Views smaller than this (layout units) are drawn as if this big, so a few nodes do not fill the screen. */
    private static final double MIN_EXTENT_W = 1400;
    private static final double MIN_EXTENT_H = 800;
    private static final String FRAME = "frame:";

    private final MultiGraph graph = new MultiGraph("specgraph", false, false, 1000, 4000);
    private final FxViewer viewer;
    private final FxDefaultView view;
    private final StackPane host;
    private final AtomicLong frames = new AtomicLong();
    private LaidOutGraph shown = LaidOutGraph.EMPTY;
    private String selected;
    private boolean closed;
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;

    GsCanvas(Consumer<String> onClick, Consumer<String> onDoubleClick, HoverHandler onHover) {
        viewer = new FxViewer(graph, FxViewer.ThreadingModel.GRAPH_IN_GUI_THREAD);
        viewer.disableAutoLayout();
        FxGraphRenderer renderer = new FxGraphRenderer() {
            @Override
            public void render(GraphicsContext g, int x, int y, int width, int height) {
                super.render(g, x, y, width, height);
                frames.incrementAndGet();
            }
        };
        view = (FxDefaultView) viewer.addDefaultView(false, renderer);
        view.setMouseManager(new NoMouse());
        host = new StackPane(view);
        host.setMinSize(0, 0);
        host.getStyleClass().add("sg-graph-canvas");
        view.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            pressX = e.getX();
            pressY = e.getY();
            lastX = pressX;
            lastY = pressY;
        });
        view.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            pan(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() != MouseButton.PRIMARY || Math.hypot(e.getX() - pressX, e.getY() - pressY) > 4) {
                return;
            }
            String key = nodeAt(e.getX(), e.getY());
            if (e.getClickCount() >= 2) {
                onDoubleClick.accept(key);
            } else {
                onClick.accept(key);
            }
        });
        view.addEventHandler(MouseEvent.MOUSE_MOVED,
                e -> onHover.hover(nodeAt(e.getX(), e.getY()), e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> onHover.hover(null, 0, 0));
        view.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                zoomAt(e.getDeltaY() > 0 ? 0.85 : 1 / 0.85, e.getX(), e.getY());
            }
        });
    }

    /** Hover callback: the key under the pointer (null for none) and the pointer position in the canvas. */
    interface HoverHandler {
        void hover(String key, double x, double y);
    }

    StackPane node() {
        return host;
    }

    long frames() {
        return frames.get();
    }

    /** Applies the stylesheet for what is shown and the current theme. */
    void restyle() {
        graph.setAttribute("ui.stylesheet", GsStyle.sheet(labelZoom(shown.layout()),
                shown.graph().edges().size() > GsStyle.DENSE_EDGES, Theme.darkProperty().get()));
    }

    LaidOutGraph shown() {
        return shown;
    }

    /** Replaces what is drawn; the camera fits the new view. */
    void show(LaidOutGraph laid) {
        this.shown = laid;
        graph.clear();
        GraphLayout layout = laid.layout();
        restyle();
        if (laid.graph().nodes().size() < 500) {
            graph.setAttribute("ui.antialias");
        }
        for (VisibleNode n : laid.graph().nodes()) {
            GraphLayout.Box b = layout.box(n.key());
            Node gn = graph.addNode(n.key());
            gn.setAttribute("xyz", b.centerX(), -b.centerY(), 0.0);
            gn.setAttribute("ui.label", GsStyle.nodeLabel(n));
            gn.setAttribute("ui.class", GsStyle.nodeClasses(n, n.key().equals(selected)));
        }
        frame(layout);
        int i = 0;
        for (VisibleEdge e : laid.graph().edges()) {
            Edge ge = graph.addEdge("e" + i++, e.from(), e.to(), true);
            ge.setAttribute("ui.class", GsStyle.edgeClasses(e));
            if (e.aggregate()) {
                ge.setAttribute("ui.label", Integer.toString(e.count()));
            }
        }
        fit();
    }

    /**
     * Two invisible nodes at the corners of the drawing plus a margin: GraphStream fits the camera to node centres,
     * which would cut the outer boxes in half, and would blow a tiny view up to giant boxes.
     */
    private void frame(GraphLayout layout) {
        double padX = Math.max(Layers.GROUP_W, (MIN_EXTENT_W - layout.width()) / 2);
        double padY = Math.max(Layers.GROUP_H, (MIN_EXTENT_H - layout.height()) / 2);
        double[][] corners = {{-padX, padY}, {layout.width() + padX, -layout.height() - padY}};
        for (int c = 0; c < corners.length; c++) {
            Node f = graph.addNode(FRAME + c);
            f.setAttribute("xyz", corners[c][0], corners[c][1], 0.0);
            f.setAttribute("ui.class", "frame");
        }
    }

    /** The camera zoom under which labels show: where a node box is at least {@link #LABEL_MIN_PX} wide. */
    private double labelZoom(GraphLayout layout) {
        double w = host.getWidth() > 0 ? host.getWidth() : 1200;
        double h = host.getHeight() > 0 ? host.getHeight() : 800;
        if (layout.width() <= 0 || layout.height() <= 0) {
            return 1;
        }
        double pxPerUnit = Math.min(w / Math.max(MIN_EXTENT_W, layout.width() + 2 * Layers.GROUP_W),
                h / Math.max(MIN_EXTENT_H, layout.height() + 2 * Layers.GROUP_H));
        return Math.min(1, 150 * pxPerUnit / LABEL_MIN_PX);
    }

    /** Marks {@code key} selected (and unmarks the previous one). */
    void select(String key) {
        String old = selected;
        selected = key;
        restyle(old);
        restyle(key);
    }

    private void restyle(String key) {
        if (key == null) {
            return;
        }
        Node gn = graph.getNode(key);
        shown.graph().node(key).ifPresent(n -> {
            if (gn != null) {
                gn.setAttribute("ui.class", GsStyle.nodeClasses(n, key.equals(selected)));
            }
        });
    }

    Camera camera() {
        return view.getCamera();
    }

    void fit() {
        if (!closed) {
            camera().resetView();
        }
    }

    /** Centres the camera on a node, if drawn. */
    void centreOn(String key) {
        Node gn = graph.getNode(key);
        if (gn != null) {
            GraphLayout.Box b = shown.layout().box(key);
            camera().setViewCenter(b.centerX(), -b.centerY(), 0);
        }
    }

    /** Zooms by {@code factor} (below 1: closer) keeping the canvas point {@code (x, y)} where it is. */
    void zoomAt(double factor, double x, double y) {
        Camera c = camera();
        Point3 at = c.transformPxToGu(x, y);
        Point3 centre = c.getViewCenter();
        double percent = Math.max(0.002, Math.min(5, c.getViewPercent() * factor));
        double f = percent / c.getViewPercent();
        c.setViewPercent(percent);
        c.setViewCenter(at.x + (centre.x - at.x) * f, at.y + (centre.y - at.y) * f, 0);
    }

    void zoom(double factor) {
        Camera c = camera();
        c.setViewPercent(Math.max(0.002, Math.min(5, c.getViewPercent() * factor)));
    }

    private void pan(double dx, double dy) {
        Camera c = camera();
        Point3 a = c.transformPxToGu(0, 0);
        Point3 b = c.transformPxToGu(dx, dy);
        Point3 centre = c.getViewCenter();
        c.setViewCenter(centre.x - (b.x - a.x), centre.y - (b.y - a.y), 0);
    }

    /** The key of the node or group drawn at canvas point {@code (x, y)}, or null. */
    String nodeAt(double x, double y) {
        GraphicElement e = view.findGraphicElementAt(NODES, x, y);
        return e == null || e.getId().startsWith(FRAME) ? null : e.getId();
    }

    /** Where a node's centre is drawn, in canvas coordinates, or null when it is not drawn. */
    Point2D pixelOf(String key) {
        GraphLayout.Box b = shown.layout().box(key);
        if (b == null) {
            return null;
        }
        Point3 p = camera().transformGuToPx(b.centerX(), -b.centerY(), 0);
        return new Point2D(p.x, p.y);
    }

    /** Where a node's box is drawn, in canvas coordinates, or null when it is not drawn. */
    Bounds pixelBox(String key) {
        GraphLayout.Box b = shown.layout().box(key);
        if (b == null) {
            return null;
        }
        Point3 a = camera().transformGuToPx(b.x(), -b.y(), 0);
        Point3 c = camera().transformGuToPx(b.x() + b.w(), -b.y() - b.h(), 0);
        return new BoundingBox(Math.min(a.x, c.x), Math.min(a.y, c.y), Math.abs(c.x - a.x), Math.abs(c.y - a.y));
    }

    /** Draws now (layout pass) instead of at the viewer's next tick. */
    void drawNow() {
        view.applyCss();
        view.layout();
        view.display(viewer.getGraphicGraph(), true);
    }

    void close() {
        if (!closed) {
            closed = true;
            viewer.close();
        }
    }

    /** GraphStream's mouse handling is replaced by ours. */
    private static final class NoMouse implements MouseManager {
        @Override
        public void init(GraphicGraph g, View v) {
        }

        @Override
        public void release() {
        }

        @Override
        public EnumSet<InteractiveElement> getManagedTypes() {
            return EnumSet.noneOf(InteractiveElement.class);
        }
    }
}
