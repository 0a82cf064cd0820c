package io.specgraph.engine.view.graph;

import io.specgraph.engine.view.Health;
import io.specgraph.model.NodeKind;

import java.util.Locale;
import java.util.function.Function;

/**
 * Writes a laid-out view as standalone SVG: edges (coloured and dashed by {@link EdgeStyle}, ending at the target's
 * border with an arrow), then node boxes filled with their kind's colour and ringed red (fail) or amber (warn), each
 * with its id as text and its title as a tooltip. Deterministic for the same input.
 */
public final class SvgWriter {

    private static final double MARGIN = 20;
    private static final String FAIL = "#ff1f1f";
    private static final String WARN = "#d4a72c";

    private SvgWriter() {
    }

    /** {@code colours} gives a CSS colour per kind (the UI passes its kind style, so kinds look the same). */
    public static String write(VisibleGraph g, GraphLayout layout, Function<NodeKind, String> colours) {
        return write(g, layout, colours, key -> null);
    }

    /** As {@link #write(VisibleGraph, GraphLayout, Function)}, each node a link to {@code href} of its key (if any). */
    public static String write(VisibleGraph g, GraphLayout layout, Function<NodeKind, String> colours,
                               Function<String, String> href) {
        double w = layout.width() + 2 * MARGIN;
        double h = layout.height() + 2 * MARGIN;
        StringBuilder sb = new StringBuilder(256 + g.nodes().size() * 300);
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(w)).append("\" height=\"")
                .append(num(h)).append("\" viewBox=\"0 0 ").append(num(w)).append(' ').append(num(h)).append("\">\n")
                .append("  <style>text{font-family:Helvetica,Arial,sans-serif;font-size:13px;fill:#ffffff}"
                        + " .group text{fill:#24292f}</style>\n")
                .append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\""
                        + " markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\""
                        + " fill=\"context-stroke\"/></marker></defs>\n")
                .append("  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                .append("  <g transform=\"translate(").append(num(MARGIN)).append(',').append(num(MARGIN))
                .append(")\">\n");
        for (VisibleEdge e : g.edges()) {
            edge(sb, e, layout);
        }
        for (VisibleNode n : g.nodes()) {
            String link = href.apply(n.key());
            if (link != null) {
                sb.append("    <a href=\"").append(esc(link)).append("\">\n");
            }
            node(sb, n, layout.box(n.key()), colours);
            if (link != null) {
                sb.append("    </a>\n");
            }
        }
        return sb.append("  </g>\n</svg>\n").toString();
    }

    private static void edge(StringBuilder sb, VisibleEdge e, GraphLayout layout) {
        GraphLayout.Box a = layout.box(e.from());
        GraphLayout.Box b = layout.box(e.to());
        if (a == null || b == null) {
            return;
        }
        EdgeStyle s = EdgeStyle.of(e.kind());
        double[] end = border(b, a.centerX(), a.centerY());
        sb.append("    <line class=\"edge ").append(s.styleClass()).append(e.onPath() ? " path" : "")
                .append("\" x1=\"").append(num(a.centerX())).append("\" y1=\"").append(num(a.centerY()))
                .append("\" x2=\"").append(num(end[0])).append("\" y2=\"").append(num(end[1]))
                .append("\" stroke=\"").append(e.onPath() ? "#fb8500" : s.colour()).append("\" stroke-width=\"")
                .append(num(e.onPath() ? 4 : s.width() + Math.min(4, e.count() - 1)))
                .append(s.dashed() ? "\" stroke-dasharray=\"6 4" : "").append("\" marker-end=\"url(#arrow)\">")
                .append("<title>").append(esc(e.from() + " " + e.kind().label() + " " + e.to()
                        + (e.count() > 1 ? " (" + e.count() + ")" : ""))).append("</title></line>\n");
    }

    private static void node(StringBuilder sb, VisibleNode n, GraphLayout.Box b, Function<NodeKind, String> colours) {
        if (b == null) {
            return;
        }
        Health.Level level = n.level();
        String stroke = level == Health.Level.FAIL ? FAIL : level == Health.Level.WARN ? WARN : "#24292f";
        double strokeW = level == Health.Level.OK ? 1 : 4;
        sb.append("    <g class=\"node kind-").append(n.kind().label()).append(n.group() ? " group" : "")
                .append(" ").append(level.name().toLowerCase(Locale.ROOT)).append("\" id=\"")
                .append(esc(n.key())).append("\">").append("<title>").append(esc(n.key() + " — " + n.title()))
                .append("</title><rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
                .append("\" width=\"").append(num(b.w())).append("\" height=\"").append(num(b.h()))
                .append("\" rx=\"6\" fill=\"").append(n.group() ? "#eaeef2" : colours.apply(n.kind()))
                .append("\" stroke=\"").append(n.onPath() ? "#fb8500" : stroke).append("\" stroke-width=\"")
                .append(num(strokeW)).append("\"/><text x=\"").append(num(b.centerX())).append("\" y=\"")
                .append(num(b.centerY() + 4.5)).append("\" text-anchor=\"middle\">")
                .append(esc(n.group() ? n.label() + " (" + n.members() + ")" : n.label()))
                .append("</text></g>\n");
    }

    /** Where the segment from {@code (px, py)} to the box's centre crosses its border. */
    static double[] border(GraphLayout.Box b, double px, double py) {
        double cx = b.centerX();
        double cy = b.centerY();
        double dx = px - cx;
        double dy = py - cy;
        if (dx == 0 && dy == 0) {
            return new double[] {cx, cy};
        }
        double sx = dx == 0 ? Double.MAX_VALUE : (b.w() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.MAX_VALUE : (b.h() / 2) / Math.abs(dy);
        double s = Math.min(1, Math.min(sx, sy));
        return new double[] {cx + dx * s, cy + dy * s};
    }

    private static String num(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    private static String esc(String s) {
        return io.specgraph.engine.GraphFormats.xml(s);
    }
}
