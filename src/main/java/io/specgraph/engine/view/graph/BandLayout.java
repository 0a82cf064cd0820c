package io.specgraph.engine.view.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The layout for big views: the same layers as {@link ElkLayout}, each ordered by the mean position of its
 * neighbours in the layers above (one barycentre sweep), then wrapped into {@link Rows rows}. Linear in nodes and
 * edges.
 */
final class BandLayout {

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
        Map<String, Double> position = new HashMap<>();
        List<List<VisibleNode>> ordered = new ArrayList<>();
        for (List<VisibleNode> layer : layers.values()) {
            Map<String, Double> bary = new HashMap<>();
            for (int i = 0; i < layer.size(); i++) {
                VisibleNode n = layer.get(i);
                double sum = 0;
                int count = 0;
                for (String o : neighbours.getOrDefault(n.key(), List.of())) {
                    Double pos = position.get(o);
                    if (pos != null) {
                        sum += pos;
                        count++;
                    }
                }
                bary.put(n.key(), count == 0 ? 2.0 + (double) i / layer.size() : sum / count);
            }
            List<VisibleNode> sorted = new ArrayList<>(layer);
            sorted.sort(Comparator.comparingDouble((VisibleNode n) -> bary.get(n.key())));
            for (int i = 0; i < sorted.size(); i++) {
                position.put(sorted.get(i).key(), (double) i / sorted.size());
            }
            ordered.add(sorted);
        }
        return Rows.place(ordered, Rows.columns(g.nodes().size()), "banded", t0);
    }
}
