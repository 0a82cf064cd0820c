package io.specgraph.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Renders a view offscreen the way {@code specgraph render} will: in a Scene without a Stage. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Builds the root on the FX thread, puts it in a {@code w × h} scene and snapshots it. */
    public static WritableImage render(Supplier<Parent> root, int w, int h) throws Exception {
        CompletableFuture<WritableImage> image = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                Scene scene = themed(new Scene(root.get(), w, h));
                image.complete(scene.snapshot(null));
            } catch (RuntimeException e) {
                image.completeExceptionally(e);
            }
        });
        return image.get(30, TimeUnit.SECONDS);
    }

    /** Adds the AtlantaFX light theme the app runs with (as a scene stylesheet, so other tests are not touched). */
    public static Scene themed(Scene scene) {
        scene.getStylesheets().add(Snapshots.class.getResource(new PrimerLight().getUserAgentStylesheet())
                .toExternalForm());
        return scene;
    }

    /** How many distinct colours a sample grid of the image holds (a blank image has one). */
    public static int colours(WritableImage img) {
        PixelReader px = img.getPixelReader();
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < (int) img.getHeight(); y += 3) {
            for (int x = 0; x < (int) img.getWidth(); x += 3) {
                seen.add(px.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
