package io.specgraph.engine.report;

import io.specgraph.engine.view.Inspection;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;

import java.util.Map;

/** One node's page: facts, the five gates, findings with their fixes, links both ways, metadata, the text. */
final class NodePage {

    private static final String ROOT = "../../";

    private NodePage() {
    }

    static String html(Inspection in, java.util.function.Predicate<String> known) {
        Node n = in.node();
        StringBuilder b = new StringBuilder();
        b.append("<p>").append(Html.chip(n.kind())).append(Html.esc(n.kind().label())).append(" · ")
                .append(Html.esc(n.repo())).append(" · <code>").append(Html.esc(n.path())).append("</code></p>\n");
        b.append("<table><tr><th>status</th><td>").append(Html.esc(n.status() == null ? "—" : n.status()))
                .append(n.state() == null ? "" : " <span class=\"muted\">(" + Html.esc(n.state().label()) + ")</span>")
                .append("</td></tr><tr><th>version</th><td>").append(Html.esc(n.version() == null ? "—" : n.version()))
                .append("</td></tr></table>\n");
        if (!in.gates().isEmpty()) {
            b.append("<h2>Gates</h2>\n<table>");
            for (Map.Entry<Gate, Verdict> g : in.gates()) {
                String css = g.getValue() == Verdict.PASS ? "ok" : g.getValue() == Verdict.FAIL ? "fail" : "na";
                b.append("<tr><td>").append(Html.esc(g.getKey().label())).append("</td><td><span class=\"badge ")
                        .append(css).append("\">").append(Html.esc(g.getValue().label())).append("</span></td></tr>");
            }
            b.append("</table>\n");
        }
        b.append("<h2>Findings (").append(in.findings().size()).append(")</h2>\n");
        if (!in.findings().isEmpty()) {
            b.append("<table><tr><th>rule</th><th>severity</th><th>line</th><th>what</th><th>fix</th></tr>");
            for (Finding f : in.findings()) {
                b.append("<tr><td>").append(Html.esc(f.rule())).append("</td><td>").append(Html.esc(f.severity().label()))
                        .append("</td><td>").append(f.line() > 0 ? String.valueOf(f.line()) : "").append("</td><td>")
                        .append(Html.esc(f.message())).append("</td><td>").append(Html.esc(f.hint())).append("</td></tr>");
            }
            b.append("</table>\n");
        }
        b.append("<h2>Links (").append(in.links().size()).append(")</h2>\n<ul>");
        for (Inspection.Link l : in.links()) {
            b.append("<li>").append(l.outgoing() ? "→ " : "← ").append(Html.esc(l.kind())).append(' ');
            if (known.test(l.otherKey())) {
                b.append("<a href=\"").append(ROOT).append(Html.esc(Paths.nodePage(l.otherKey()))).append("\">")
                        .append(Html.esc(l.otherLabel())).append("</a>");
            } else {
                b.append(Html.esc(l.otherLabel()));
            }
            b.append(l.version() == null ? "" : " @" + Html.esc(l.version())).append("</li>");
        }
        b.append("</ul>\n");
        if (!in.meta().isEmpty()) {
            b.append("<h2>Metadata</h2>\n<table>");
            for (Map.Entry<String, String> m : in.meta()) {
                b.append("<tr><th>").append(Html.esc(m.getKey())).append("</th><td>").append(Html.esc(m.getValue()))
                        .append("</td></tr>");
            }
            b.append("</table>\n");
        }
        b.append("<h2>Document</h2>\n<pre>").append(Html.esc(n.content().text())).append("</pre>\n");
        return Html.page(n.id() + " " + n.title(), ROOT, b.toString());
    }
}
