package io.specgraph.engine.view.graph;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * ELK layered, top to bottom, one partition per {@link Layers layer} so initiatives sit above platform specs above
 * component specs whatever the edges say; connected components are not packed apart, so the layers line up across
 * the whole drawing. Edges are handed to ELK pointing down the layers.
 */
final class ElkLayout {

    /** Wider than this times its height, the drawing is wrapped into rows. */
    static final double MAX_ASPECT = 2.5;

    private static boolean registered;

    private ElkLayout() {
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            registered = true;
        }
    }

    static GraphLayout layout(VisibleGraph g) {
        register();
        long t0 = System.nanoTime();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(LayeredOptions.DIRECTION, Direction.DOWN);
        root.setProperty(LayeredOptions.PARTITIONING_ACTIVATE, true);
        root.setProperty(LayeredOptions.SEPARATE_CONNECTED_COMPONENTS, false);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, 24.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
        root.setProperty(LayeredOptions.THOROUGHNESS, 4);
        Map<String, ElkNode> elk = new HashMap<>();
        Map<String, Integer> layer = new HashMap<>();
        for (VisibleNode n : g.nodes()) {
            ElkNode e = ElkGraphUtil.createNode(root);
            e.setIdentifier(n.key());
            e.setDimensions(Layers.width(n), Layers.height(n));
            int l = Layers.of(n.kind());
            e.setProperty(LayeredOptions.PARTITIONING_PARTITION, l);
            elk.put(n.key(), e);
            layer.put(n.key(), l);
        }
        Set<String> pairs = new HashSet<>();
        for (VisibleEdge v : g.edges()) {
            boolean down = layer.get(v.from()) <= layer.get(v.to());
            String a = down ? v.from() : v.to();
            String b = down ? v.to() : v.from();
            if (pairs.add(a + "\n" + b)) {
                ElkGraphUtil.createSimpleEdge(elk.get(a), elk.get(b));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, GraphLayout.Box> boxes = new HashMap<>();
        double w = 0;
        double h = 0;
        for (Map.Entry<String, ElkNode> e : elk.entrySet()) {
            ElkNode n = e.getValue();
            boxes.put(e.getKey(), new GraphLayout.Box(n.getX(), n.getY(), n.getWidth(), n.getHeight()));
            w = Math.max(w, n.getX() + n.getWidth());
            h = Math.max(h, n.getY() + n.getHeight());
        }
        if (w > MAX_ASPECT * h) {
            return wrapped(g, layer, boxes, t0);
        }
        return new GraphLayout(boxes, w, h, "elk-layered", (System.nanoTime() - t0) / 1_000_000);
    }

    /** ELK's layers in ELK's order (its crossing minimisation), wrapped into rows: for views too wide to read. */
    private static GraphLayout wrapped(VisibleGraph g, Map<String, Integer> layer, Map<String, GraphLayout.Box> boxes,
                                       long t0) {
        Map<Integer, List<VisibleNode>> layers = new TreeMap<>();
        for (VisibleNode n : g.nodes()) {
            layers.computeIfAbsent(layer.get(n.key()), k -> new ArrayList<>()).add(n);
        }
        List<List<VisibleNode>> ordered = new ArrayList<>();
        for (List<VisibleNode> l : layers.values()) {
            l.sort(Comparator.comparingDouble((VisibleNode n) -> boxes.get(n.key()).x()));
            ordered.add(l);
        }
        return Rows.place(ordered, Rows.columns(g.nodes().size()), "elk-layered+rows", t0);
    }
}
