package io.specgraph.bench;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.graph.GraphIndex;
import io.specgraph.engine.view.graph.GraphLayout;
import io.specgraph.engine.view.graph.GraphLayouts;
import io.specgraph.engine.view.graph.GraphQuery;
import io.specgraph.engine.view.graph.GraphSelection;
import io.specgraph.engine.view.graph.GroupBy;
import io.specgraph.engine.view.graph.LaidOutGraph;
import io.specgraph.engine.view.graph.VisibleGraph;
import io.specgraph.model.RepoInfo;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.WorkspaceModel;
import io.specgraph.ui.graphview.GraphView;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The graph view benchmark (docs/gui-graph.md): a generated workspace of about 5,000 nodes; the time from handing
 * the view a snapshot to the first frame of its grouped overview; frames actually drawn per second (renders of the
 * GraphStream renderer, not pulses) while the camera zooms in and out on views of about 500 and 2,000 nodes; layout
 * times; peak heap.
 *
 * <p>Run headless (Monocle is the default) or under Xvfb with {@code -Dbench.gtk=true}: {@code mvn -B -q test-compile
 * exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.specgraph.bench.GraphViewBench
 * -Dexec.args="/tmp/sg-graph-bench 50 5000"}
 */
public final class GraphViewBench {

    private static final int W = 1280;
    private static final int H = 800;

    private GraphViewBench() {
    }

    public static void main(String[] args) throws Exception {
        if (!Boolean.getBoolean("bench.gtk")) {
            headless();
        }
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/sg-graph-bench");
        int repos = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 5_000;
        Workspace ws = Workspace.load(Targets.resolve(Bench.generateOnce(dir, repos, documents), null));
        System.out.printf(Locale.ROOT, "workspace: %d repos, %d nodes, %d edges; glass: %s%n",
                ws.graph().repos().size(),
                ws.graph().nodes().size(), ws.graph().edges().size(), System.getProperty("glass.platform", "default"));
        GraphIndex index = GraphIndex.of(ws);
        GraphQuery q500 = reposFor(index, 500);
        GraphQuery q2000 = reposFor(index, 2_000);
        layouts(index, reposFor(index, 150), 3);
        layouts(index, reposFor(index, 300), 3);
        layouts(index, q500, 3);
        layouts(index, q2000, 1);

        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        Platform.startup(() -> { });
        WorkspaceModel model = new WorkspaceModel();
        AtomicReference<GraphView> view = new AtomicReference<>();
        long t0 = System.nanoTime();
        fx(() -> {
            model.set(ws);
            GraphView v = new GraphView(model, Navigator.NONE, new FxTaskRunner());
            view.set(v);
            Stage stage = new Stage();
            stage.setScene(new Scene(v.root(), W, H));
            stage.show();
            return null;
        });
        long overview = untilDrawn(view.get(), t0);
        LaidOutGraph first = fx(() -> view.get().shownProperty().get());
        System.out.printf(Locale.ROOT, "grouped overview: first frame %d ms (%d boxes for %d nodes, %s)%n", overview,
                first.graph().nodes().size(), first.graph().matched(), first.layout().algorithm());
        zoom(view.get(), GraphQuery.ALL, "grouped overview");
        zoom(view.get(), q500, "~500 nodes");
        zoom(view.get(), q2000, "~2,000 nodes");
        zoom(view.get(), GraphQuery.ALL.withGrouping(GroupBy.NONE, Set.of()), "all nodes");
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap while viewing: peak %d MB (sum of pool peaks: an upper bound);"
                + " in use after GC with the view open %d MB (the loaded workspace included)%n", peakHeapMb(),
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
        Platform.exit();
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
    }

    /** Repos, in graph order, until at least {@code target} nodes are in them; ungrouped. */
    private static GraphQuery reposFor(GraphIndex index, int target) {
        Set<String> repos = new LinkedHashSet<>();
        int count = 0;
        for (RepoInfo r : index.graph().repos()) {
            if (count >= target) {
                break;
            }
            repos.add(r.name());
            count += (int) index.graph().nodes().stream().filter(n -> n.repo().equals(r.name())).count();
        }
        return GraphQuery.ALL.withRepos(repos).withGrouping(GroupBy.NONE, Set.of());
    }

    private static void layouts(GraphIndex index, GraphQuery q, int runs) {
        long t = System.nanoTime();
        VisibleGraph g = GraphSelection.select(index, q);
        long select = (System.nanoTime() - t) / 1_000_000;
        long banded = Long.MAX_VALUE;
        long elk = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            GraphLayout b = GraphLayouts.banded(g);
            banded = Math.min(banded, b.millis());
            GraphLayout e = GraphLayouts.elk(g);
            elk = Math.min(elk, e.millis());
        }
        System.out.printf(Locale.ROOT, "%d nodes, %d edges: select %d ms, banded layout %d ms, ELK layered %d ms"
                + " (best of %d)%n", g.nodes().size(), g.edges().size(), select, banded, elk, runs);
    }

    /** Waits for the first frame drawn after a non-empty view arrived; the time since {@code t0}. */
    private static long untilDrawn(GraphView view, long t0) throws Exception {
        long framesAtShow = -1;
        while (true) {
            long frames = fx(view::framesDrawn);
            boolean shown = fx(() -> !view.shownProperty().get().graph().nodes().isEmpty());
            if (shown && framesAtShow < 0) {
                framesAtShow = frames;
            } else if (shown && frames > framesAtShow) {
                return (System.nanoTime() - t0) / 1_000_000;
            }
            Thread.sleep(2);
        }
    }

    /** Shows {@code q}, then zooms in and out for five seconds and counts the frames drawn. */
    private static void zoom(GraphView view, GraphQuery q, String what) throws Exception {
        long t0 = System.nanoTime();
        fx(() -> {
            view.show(q);
            return null;
        });
        while (!fx(() -> view.shownProperty().get().query().equals(q))) {
            Thread.sleep(2);
        }
        long shownMs = (System.nanoTime() - t0) / 1_000_000;
        int visible = fx(() -> view.shownProperty().get().graph().nodes().size());
        Thread.sleep(500);
        int[] step = {0};
        Timeline zoom = new Timeline(new KeyFrame(Duration.millis(15), e -> {
            view.zoom(step[0]++ % 40 < 20 ? 0.93 : 1 / 0.93);
        }));
        zoom.setCycleCount(Timeline.INDEFINITE);
        long f0 = fx(view::framesDrawn);
        long s0 = System.nanoTime();
        fx(() -> {
            zoom.play();
            return null;
        });
        Thread.sleep(5_000);
        fx(() -> {
            zoom.stop();
            view.fit();
            return null;
        });
        double secs = (System.nanoTime() - s0) / 1e9;
        long frames = fx(view::framesDrawn) - f0;
        System.out.printf(Locale.ROOT, "%-16s: %5d boxes, shown in %4d ms; zooming: %.1f frames/s drawn%n", what,
                visible, shownMs, frames / secs);
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f.get();
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
