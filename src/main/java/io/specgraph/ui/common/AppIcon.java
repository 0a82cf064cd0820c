package io.specgraph.ui.common;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.SnapshotParameters;

import java.util.ArrayList;
import java.util.List;

/**
 * The app icon, drawn (the same design as {@code icons/specgraph.svg}): a rounded tile with an initiative node
 * fanning out to three spec nodes, one of them blocked (red). Drawn at each size so it stays crisp from 16 to 512 px.
 */
public final class AppIcon {

    private AppIcon() {
    }

    /** The icon at the usual window-icon sizes. Call on the FX thread. */
    public static List<Image> images() {
        List<Image> out = new ArrayList<>();
        for (int s : new int[] {16, 32, 48, 64, 128, 256}) {
            out.add(draw(s));
        }
        return out;
    }

    /** The icon at {@code size}×{@code size} pixels. Call on the FX thread. */
    public static WritableImage draw(int size) {
        Canvas c = new Canvas(size, size);
        GraphicsContext g = c.getGraphicsContext2D();
        double u = size / 64.0;
        g.setFill(Color.web("#0d1b2a"));
        g.fillRoundRect(2 * u, 2 * u, 60 * u, 60 * u, 14 * u, 14 * u);
        g.setStroke(Color.web("#8fb8ff"));
        g.setLineWidth(Math.max(1, 3 * u));
        double[][] leaves = {{14, 46}, {32, 50}, {50, 46}};
        for (double[] l : leaves) {
            g.strokeLine(32 * u, 18 * u, l[0] * u, l[1] * u);
        }
        node(g, 32, 16, 9, Color.web("#bf3989"), u);
        node(g, 14, 46, 7, Color.web("#2da44e"), u);
        node(g, 32, 50, 7, Color.web("#2da44e"), u);
        node(g, 50, 46, 7, Color.web("#e5534b"), u);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }

    private static void node(GraphicsContext g, double x, double y, double r, Color fill, double u) {
        g.setFill(fill);
        g.fillOval((x - r) * u, (y - r) * u, 2 * r * u, 2 * r * u);
        g.setStroke(Color.WHITE);
        g.setLineWidth(Math.max(1, 2 * u));
        g.strokeOval((x - r) * u, (y - r) * u, 2 * r * u, 2 * r * u);
    }
}
