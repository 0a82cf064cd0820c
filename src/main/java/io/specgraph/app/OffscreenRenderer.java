package io.specgraph.app;

import io.specgraph.cli.ViewRenderer;
import io.specgraph.engine.Workspace;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.WorkspaceModel;
import io.specgraph.ui.graphview.GraphView;
import io.specgraph.ui.shell.ThemeSwitch;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code specgraph render}: starts JavaFX on Monocle's headless screen (no display needed, software rendering),
 * builds the view as the app does with the light theme, lets it lay out, and writes a snapshot as PNG.
 */
final class OffscreenRenderer implements ViewRenderer {

    /** How long a view may take to settle (background layout) before the snapshot. */
    private static final long SETTLE_MILLIS = 400;

    @Override
    public void render(Workspace ws, View view, int width, int height, Path out) throws Exception {
        startToolkit(width, height);
        if (view == View.graph) {
            write(onFx(() -> {
                new ThemeSwitch("light", false, t -> { }).apply();
                return GraphView.renderOffscreen(ws, width, height);
            }), out);
            return;
        }
        CompletableFuture<Scene> built = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                new ThemeSwitch("light", false, t -> { }).apply();
                WorkspaceModel model = new WorkspaceModel();
                model.set(ws);
                Parent root = Boards.view(view, model, Navigator.NONE, TaskRunner.inline());
                Scene scene = new Scene(root, width, height);
                scene.getStylesheets().add(ThemeSwitch.stylesheet());
                root.applyCss();
                root.layout();
                built.complete(scene);
            } catch (RuntimeException e) {
                built.completeExceptionally(e);
            }
        });
        Scene scene = built.get(60, TimeUnit.SECONDS);
        Thread.sleep(SETTLE_MILLIS);
        CompletableFuture<WritableImage> shot = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                shot.complete(scene.snapshot(null));
            } catch (RuntimeException e) {
                shot.completeExceptionally(e);
            }
        });
        write(shot.get(60, TimeUnit.SECONDS), out);
    }

    private static void write(WritableImage image, Path out) throws java.io.IOException {
        if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile())) {
            throw new java.io.IOException("no PNG writer available");
        }
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(120, TimeUnit.SECONDS);
    }

    static void startToolkit(int width, int height) throws InterruptedException {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("java.awt.headless", "true");
        System.setProperty("headless.geometry", Math.max(width, 1280) + "x" + Math.max(height, 800) + "-32");
        Gui.quietJavaFxLog();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("JavaFX did not start: " + e.getMessage(), e);
        }
    }
}
