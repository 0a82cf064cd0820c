package io.specgraph.engine.view.graph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places ordered layers top to bottom, each wrapped into centred rows of at most {@link #columns(int)} boxes, so a
 * drawing stays about 1.6 times as wide as it is high however wide its layers are.
 */
final class Rows {

    static final double GAP_X = 24;
    static final double GAP_Y = 30;
    static final double LAYER_GAP = 90;

    private Rows() {
    }

    /** Columns per row for {@code nodes} boxes: about 0.8 √n, at least 8. */
    static int columns(int nodes) {
        return Math.max(8, (int) Math.ceil(Math.sqrt(nodes * 0.64)));
    }

    static GraphLayout place(List<List<VisibleNode>> layers, int cols, String algorithm, long startNanos) {
        double cellW = Layers.GROUP_W + GAP_X;
        double fullW = cols * cellW - GAP_X;
        Map<String, GraphLayout.Box> boxes = new HashMap<>();
        double y = 0;
        double width = 0;
        for (List<VisibleNode> layer : layers) {
            if (layer.isEmpty()) {
                continue;
            }
            for (int start = 0; start < layer.size(); start += cols) {
                List<VisibleNode> row = layer.subList(start, Math.min(layer.size(), start + cols));
                double rowW = row.size() * cellW - GAP_X;
                double x0 = (fullW - rowW) / 2;
                double rowH = 0;
                for (int i = 0; i < row.size(); i++) {
                    VisibleNode n = row.get(i);
                    double w = Layers.width(n);
                    double h = Layers.height(n);
                    double x = x0 + i * cellW + (Layers.GROUP_W - w) / 2;
                    boxes.put(n.key(), new GraphLayout.Box(x, y, w, h));
                    rowH = Math.max(rowH, h);
                    width = Math.max(width, x + w);
                }
                y += rowH + GAP_Y;
            }
            y += LAYER_GAP - GAP_Y;
        }
        double height = Math.max(0, y - LAYER_GAP);
        return new GraphLayout(boxes, width, height, algorithm, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
