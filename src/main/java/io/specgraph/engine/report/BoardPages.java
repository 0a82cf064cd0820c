package io.specgraph.engine.report;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.engine.view.review.AdrBoard;
import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.review.AdrColumn;
import io.specgraph.engine.view.review.LinkedSpec;
import io.specgraph.engine.view.review.ReviewQueue;
import io.specgraph.engine.view.review.ReviewRow;
import io.specgraph.engine.view.trace.Matrix;
import io.specgraph.engine.view.trace.Metrics;
import io.specgraph.engine.view.trace.SpecEntry;
import io.specgraph.model.Node;

import java.util.List;
import java.util.Map;

/** The reviewer queue, the ADR log, the traceability matrix and the node index, as pages at the site's top. */
final class BoardPages {

    private BoardPages() {
    }

    static String queue(Workspace ws) {
        ReviewQueue q = ReviewQueue.of(ws);
        StringBuilder b = new StringBuilder("<p>").append(q.size()).append(" items: ");
        q.counts().forEach((c, n) -> b.append(Html.esc(c.label())).append(' ').append(n).append(" · "));
        b.append("</p>\n<table><tr><th>category</th><th>node</th><th>title</th><th>repo</th><th>status</th>"
                + "<th>reason</th><th>owner</th><th>age (days)</th></tr>\n");
        for (ReviewRow r : q.rows()) {
            b.append("<tr><td>").append(Html.esc(r.category().label())).append("</td><td>")
                    .append(r.hasNode() ? nodeLink(ws, r.nodeKey()) : Html.esc(r.path())).append("</td><td>")
                    .append(Html.esc(r.title())).append("</td><td>").append(Html.esc(r.repo())).append("</td><td>")
                    .append(Html.esc(r.status())).append("</td><td>").append(Html.esc(r.reason())).append("</td><td>")
                    .append(Html.esc(r.owner())).append("</td><td>")
                    .append(r.ageDays() == null ? "" : r.ageDays().toString()).append("</td></tr>\n");
        }
        return Html.page("Reviewer queue", "", b.append("</table>\n").toString());
    }

    static String adrs(Workspace ws) {
        AdrBoard board = AdrBoard.of(ws);
        StringBuilder b = new StringBuilder("<p>").append(board.size()).append(" ADRs by lifecycle state.</p>\n")
                .append("<div class=\"columns\">\n");
        for (Map.Entry<AdrColumn, List<AdrCard>> col : board.columns().entrySet()) {
            b.append("<div class=\"column\"><h2>").append(Html.esc(col.getKey().label())).append(" (")
                    .append(col.getValue().size()).append(")</h2>\n");
            for (AdrCard c : col.getValue()) {
                b.append("<div class=\"card\">").append(nodeLink(ws, c.key())).append(' ')
                        .append(c.global() ? "global" : "local").append("<br>").append(Html.esc(c.title()))
                        .append("<br><span class=\"muted\">").append(Html.esc(c.repo())).append(" · ")
                        .append(Html.esc(c.status())).append(c.date() == null ? "" : " · " + c.date())
                        .append("</span>");
                if (!c.chain().isEmpty()) {
                    b.append("<br>").append(Html.esc(c.chainText()));
                }
                specs(ws, b, "blocks", c.blocks());
                specs(ws, b, "governs", c.governs());
                b.append("</div>\n");
            }
            b.append("</div>\n");
        }
        return Html.page("ADR log", "", b.append("</div>\n").toString());
    }

    private static void specs(Workspace ws, StringBuilder b, String what, List<LinkedSpec> specs) {
        if (specs.isEmpty()) {
            return;
        }
        b.append("<br><b>").append(what).append(":</b> ");
        for (LinkedSpec s : specs) {
            b.append(nodeLink(ws, s.key())).append(' ');
        }
    }

    static String matrix(Workspace ws) {
        Metrics m = Metrics.of(ws);
        StringBuilder b = new StringBuilder("<table>")
                .append(metric("Platform specs with a component spec", m.platformSpecsWithComponentSpec().text()))
                .append(metric("Fan-out targets covered", m.fanOutTargetsCovered().text()))
                .append(metric("Component specs with implements + context_pack", m.componentSpecsDeclared().text()))
                .append(metric("Features with a platform spec before fan-out", m.featuresWithPlatformSpec().text()))
                .append(metric("Impactful changes with an ADR", m.impactfulChangesWithAdr().text()))
                .append(metric("Hotfix specs", String.valueOf(m.hotfixes())))
                .append(metric("Not computable from files", String.join(", ", Metrics.NOT_COMPUTABLE)))
                .append("</table>\n");
        for (Matrix matrix : List.of(Matrix.of(ws), Matrix.contracts(ws))) {
            b.append("<h2>").append(Html.esc(matrix.mode().label())).append("</h2>\n<table><tr><th></th>");
            matrix.columns().forEach(c -> b.append("<th>").append(Html.esc(c.label())).append("</th>"));
            b.append("</tr>\n");
            for (Matrix.Row row : matrix.rows()) {
                b.append("<tr><th>").append(row.spec() == null ? Html.esc(row.label())
                        : nodeLink(ws, row.spec().key()) + " " + Html.esc(row.spec().title())).append("</th>");
                for (Matrix.Cell cell : row.cells()) {
                    b.append("<td>");
                    for (SpecEntry s : cell.specs()) {
                        b.append(nodeLink(ws, s.key())).append(" <span class=\"muted\">").append(Html.esc(s.status()))
                                .append("</span><br>");
                    }
                    if (cell.missing()) {
                        b.append("<span class=\"badge warn\">planned, missing</span>");
                    }
                    b.append("</td>");
                }
                b.append("</tr>\n");
            }
            b.append("</table>\n");
        }
        return Html.page("Traceability matrix", "", b.toString());
    }

    private static String metric(String name, String value) {
        return "<tr><th>" + Html.esc(name) + "</th><td>" + Html.esc(value) + "</td></tr>";
    }

    static String nodes(Workspace ws, HealthIndex health) {
        StringBuilder b = new StringBuilder("<table><tr><th>node</th><th>title</th><th>kind</th><th>repo</th>"
                + "<th>status</th><th>health</th></tr>\n");
        for (Node n : ws.graph().nodes()) {
            b.append("<tr><td>").append(Html.link(n, "")).append("</td><td>").append(Html.esc(n.title()))
                    .append("</td><td>").append(Html.esc(n.kind().label())).append("</td><td>")
                    .append(Html.esc(n.repo())).append("</td><td>").append(Html.esc(n.status())).append("</td><td>")
                    .append(Html.badge(health.of(n.key()))).append("</td></tr>\n");
        }
        return Html.page("All nodes (" + ws.graph().nodes().size() + ")", "", b.append("</table>\n").toString());
    }

    static String nodeLink(Workspace ws, String key) {
        return ws.graph().node(key).map(n -> Html.link(n, "")).orElse(Html.esc(key));
    }
}
