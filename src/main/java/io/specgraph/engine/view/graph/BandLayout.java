package io.specgraph.engine.view.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The layout for big views: the same layers as {@link ElkLayout}, each ordered by the mean position of its
 * neighbours in the layers above (one barycentre sweep) and wrapped into rows so the drawing stays about as wide as
 * it is high. Linear in nodes and edges.
 */
final class BandLayout {

    private static final double GAP_X = 24;
    private static final double GAP_Y = 30;
    private static final double LAYER_GAP = 90;

    private BandLayout() {
    }

    static GraphLayout layout(VisibleGraph g) {
        long t0 = System.nanoTime();
        Map<Integer, List<VisibleNode>> layers = new TreeMap<>();
        for (VisibleNode n : g.nodes()) {
            layers.computeIfAbsent(Layers.of(n.kind()), k -> new ArrayList<>()).add(n);
        }
        Map<String, List<String>> neighbours = new HashMap<>();
        for (VisibleEdge e : g.edges()) {
            neighbours.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
            neighbours.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e.from());
        }
        int cols = Math.max(8, (int) Math.ceil(Math.sqrt(g.nodes().size() * 0.6)));
        double cellW = Layers.GROUP_W + GAP_X;
        Map<String, GraphLayout.Box> boxes = new HashMap<>();
        Map<String, Double> order = new HashMap<>();
        double y = 0;
        double width = 0;
        for (List<VisibleNode> layer : layers.values()) {
            Map<String, Double> bary = new HashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                VisibleNode n = layer.get(i);
                double sum = 0;
                int count = 0;
                for (String o : neighbours.getOrDefault(n.key(), List.of())) {
                    Double pos = order.get(o);
                    if (pos != null) {
                        sum += pos;
                        count++;
                    }
                }
                bary.put(n.key(), count == 0 ? Double.MAX_VALUE / 2 + i : sum / count);
            }
            List<VisibleNode> sorted = new ArrayList<>(layer);
            sorted.sort(Comparator.comparingDouble((VisibleNode n) -> bary.get(n.key())));
            int perRow = Math.min(cols, sorted.size());
            double rowH = 0;
            for (int i = 0; i < sorted.size(); i++) {
                VisibleNode n = sorted.get(i);
                int col = i % perRow;
                if (col == 0 && i > 0) {
                    y += rowH + GAP_Y;
                    rowH = 0;
                }
                double w = Layers.width(n);
                double h = Layers.height(n);
                double x = col * cellW + (cellW - GAP_X - w) / 2;
                boxes.put(n.key(), new GraphLayout.Box(x, y, w, h));
                order.put(n.key(), (double) col + (double) (i / perRow) / (sorted.size() + 1));
                rowH = Math.max(rowH, h);
                width = Math.max(width, x + w);
            }
            y += rowH + LAYER_GAP;
        }
        double height = Math.max(0, y - LAYER_GAP);
        return new GraphLayout(boxes, width, height, "banded", (System.nanoTime() - t0) / 1_000_000);
    }
}
