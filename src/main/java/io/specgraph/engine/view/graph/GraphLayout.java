package io.specgraph.engine.view.graph;

import java.util.Map;
import java.util.Objects;

/**
 * Where each visible node goes: boxes in layout units (y grows downwards), the bounds, and which algorithm placed
 * them.
 *
 * @param boxes     node key to box
 * @param width     width of the whole drawing
 * @param height    height of the whole drawing
 * @param algorithm {@code elk-layered} or {@code banded}
 * @param millis    how long the layout took
 */
public record GraphLayout(Map<String, Box> boxes, double width, double height, String algorithm, long millis) {

    public static final GraphLayout EMPTY = new GraphLayout(Map.of(), 0, 0, "none", 0);

    public GraphLayout {
        boxes = Map.copyOf(boxes);
        Objects.requireNonNull(algorithm, "algorithm");
    }

    public Box box(String key) {
        return boxes.get(key);
    }

    /**
     * A node's box: top-left corner and size.
     *
     * @param x left
     * @param y top
     * @param w width
     * @param h height
     */
    public record Box(double x, double y, double w, double h) {

        public double centerX() {
            return x + w / 2;
        }

        public double centerY() {
            return y + h / 2;
        }

        public boolean overlaps(Box o) {
            return x < o.x + o.w && o.x < x + w && y < o.y + o.h && o.y < y + h;
        }
    }
}
