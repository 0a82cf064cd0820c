package io.specgraph.ui.graphview;

import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.graph.EdgeStyle;
import io.specgraph.engine.view.graph.Layers;
import io.specgraph.engine.view.graph.VisibleEdge;
import io.specgraph.engine.view.graph.VisibleNode;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.common.KindStyle;

import java.util.Locale;
import java.util.StringJoiner;

/**
 * The GraphStream stylesheet and the style classes of nodes and edges. GraphStream takes a property from the first
 * class of an element that sets it, so classes are listed most important first: selected, path, health, group, kind.
 */
final class GsStyle {

    static final String FAIL = "#ff1f1f";
    static final String WARN = "#d4a72c";
    static final String PATH = "#fb8500";
    static final String SELECTED = "#0a84ff";

    private GsStyle() {
    }

    /** Above this many edges dashes are drawn as plain lines: dashed strokes cost most of a frame there. */
    static final int DENSE_EDGES = 1500;

    /**
     * The stylesheet; labels show only while the camera shows less than {@code labelZoom} of the graph; with
     * {@code dense} set, dashed edge kinds are drawn as thin plain lines.
     */
    static String sheet(double labelZoom, boolean dense) {
        return sheet(labelZoom, dense, false);
    }

    /** The stylesheet, on a dark canvas when {@code dark}. */
    static String sheet(double labelZoom, boolean dense, boolean dark) {
        String text = labelZoom >= 1 ? "text-visibility-mode: normal;"
                : String.format(Locale.ROOT, "text-visibility-mode: under-zoom; text-visibility: %.3f;", labelZoom);
        StringBuilder sb = new StringBuilder();
        sb.append("graph { fill-color: ").append(dark ? "#0d1117" : "#ffffff").append("; padding: 10px; }\n")
                .append(String.format(Locale.ROOT, "node { shape: box; size: %.0fgu, %.0fgu; ",
                        Layers.NODE_W, Layers.NODE_H))
                .append("fill-color: #8c959f; stroke-mode: plain; stroke-color: #24292f; stroke-width: 1px; ")
                .append("text-color: #ffffff; text-size: 12; text-alignment: center; z-index: 2; ")
                .append(text).append(" }\n");
        for (KindStyle k : KindStyle.values()) {
            // GraphStream 2.0 draws a rounded-box as a square of its width: boxes instead.
            String shape = "rounded-box".equals(k.shape()) ? "box" : k.shape();
            sb.append("node.").append(kindClass(k.kind())).append(" { shape: ").append(shape).append("; fill-color: ")
                    .append(k.colour()).append("; }\n");
        }
        sb.append(String.format(Locale.ROOT, "node.group { shape: box; size: %.0fgu, %.0fgu; fill-color: %s; "
                        + "text-color: %s; text-style: bold; text-size: 13; }\n", Layers.GROUP_W, Layers.GROUP_H,
                        dark ? "#30363d" : "#eaeef2", dark ? "#e6edf3" : "#24292f"))
                .append("node.warn { stroke-color: ").append(WARN).append("; stroke-width: 3px; }\n")
                .append("node.fail { stroke-color: ").append(FAIL).append("; stroke-width: 5px; }\n")
                .append("node.focus { text-style: bold; }\n")
                .append("node.frame { size: 1px; fill-mode: none; stroke-mode: none; text-mode: hidden; }\n")
                .append("node.path { stroke-color: ").append(PATH).append("; stroke-width: 6px; }\n")
                .append("node.selected { stroke-color: ").append(SELECTED).append("; stroke-width: 6px; }\n")
                .append("edge { fill-color: #8c959f; size: 1px; arrow-shape: arrow; arrow-size: 9px, 4px; ")
                .append("text-mode: hidden; z-index: 1; }\n");
        for (EdgeStyle e : EdgeStyle.values()) {
            sb.append("edge.").append(edgeClass(e)).append(" { fill-color: ").append(e.colour())
                    .append(String.format(Locale.ROOT, "; size: %.1fpx;", e.dashed() ? (dense ? 1 : 0.5) : e.width()));
            if (e.dashed() && !dense) {
                sb.append(" stroke-mode: dashes; stroke-color: ").append(e.colour())
                        .append(String.format(Locale.ROOT, "; stroke-width: %.1fpx;", e.width()));
            }
            sb.append(" }\n");
        }
        sb.append("edge.agg { text-mode: normal; text-size: 12; text-color: ").append(dark ? "#e6edf3" : "#24292f")
                .append("; text-background-mode: plain; text-background-color: ")
                .append(dark ? "#0d1117cc" : "#ffffffcc").append("; text-style: bold; size: 2px; }\n")
                .append("edge.path { fill-color: ").append(PATH).append("; size: 4px; stroke-mode: none; }\n");
        return sb.toString();
    }

    /** The classes of a node, most important first. */
    static String nodeClasses(VisibleNode n, boolean selected) {
        StringJoiner j = new StringJoiner(",");
        if (selected) {
            j.add("selected");
        }
        if (n.onPath()) {
            j.add("path");
        }
        if (n.focus()) {
            j.add("focus");
        }
        if (n.level() != Health.Level.OK) {
            j.add(n.level().name().toLowerCase(Locale.ROOT));
        }
        if (n.group()) {
            j.add("group");
        }
        j.add(kindClass(n.kind()));
        return j.toString();
    }

    /** The classes of an edge, most important first. */
    static String edgeClasses(VisibleEdge e) {
        StringJoiner j = new StringJoiner(",");
        if (e.onPath()) {
            j.add("path");
        }
        if (e.aggregate()) {
            j.add("agg");
        }
        j.add(edgeClass(EdgeStyle.of(e.kind())));
        return j.toString();
    }

    /** GraphStream class names take no hyphens: {@code kind_platform_spec}. */
    static String kindClass(NodeKind kind) {
        return "kind_" + kind.name().toLowerCase(Locale.ROOT);
    }

    /** {@code edge_blocked_by}. */
    static String edgeClass(EdgeStyle style) {
        return "edge_" + style.name().toLowerCase(Locale.ROOT);
    }

    /** The label drawn on a node. */
    static String nodeLabel(VisibleNode n) {
        return n.group() ? n.label() + " (" + n.members() + ")" : n.label();
    }
}
