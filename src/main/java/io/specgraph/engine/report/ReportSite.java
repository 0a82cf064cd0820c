package io.specgraph.engine.report;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.engine.view.Inspection;
import io.specgraph.engine.view.KindLook;
import io.specgraph.engine.view.graph.GraphIndex;
import io.specgraph.engine.view.graph.GraphLayout;
import io.specgraph.engine.view.graph.GraphLayouts;
import io.specgraph.engine.view.graph.GraphQuery;
import io.specgraph.engine.view.graph.GraphSelection;
import io.specgraph.engine.view.graph.SvgWriter;
import io.specgraph.engine.view.graph.VisibleGraph;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the static site: {@code index.html} (summary and the graph as SVG, each node a link), {@code nodes.html},
 * {@code queue.html}, {@code adrs.html}, {@code matrix.html} and {@code nodes/REPO/ID.html} per node. Files are
 * written whole (temp file + move); other files in the folder are left alone.
 */
public final class ReportSite {

    /** What was written. */
    public record Result(Path dir, int pages) {
    }

    private ReportSite() {
    }

    public static Result write(Workspace ws, Path dir) throws IOException {
        Files.createDirectories(dir);
        HealthIndex health = HealthIndex.of(ws);
        int pages = 0;
        pages += put(dir, "index.html", index(ws));
        pages += put(dir, "nodes.html", BoardPages.nodes(ws, health));
        pages += put(dir, "queue.html", BoardPages.queue(ws));
        pages += put(dir, "adrs.html", BoardPages.adrs(ws));
        pages += put(dir, "matrix.html", BoardPages.matrix(ws));
        for (Node n : ws.graph().nodes()) {
            Inspection in = Inspection.of(ws, health, n.key()).orElseThrow();
            pages += put(dir, Paths.nodePage(n.key()), NodePage.html(in, k -> ws.graph().node(k).isPresent()));
        }
        return new Result(dir, pages);
    }

    private static String index(Workspace ws) {
        VisibleGraph g = GraphSelection.select(GraphIndex.of(ws), GraphQuery.ALL);
        GraphLayout layout = GraphLayouts.of(g);
        String svg = SvgWriter.write(g, layout, k -> KindLook.of(k).colour(),
                key -> ws.graph().node(key).isPresent() ? Paths.nodePage(key) : null);
        long errors = ws.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
        long warnings = ws.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
        StringBuilder b = new StringBuilder("<p>").append(ws.graph().repos().size()).append(" repos · ")
                .append(ws.graph().nodes().size()).append(" nodes · ").append(ws.graph().edges().size())
                .append(" links · ").append(errors).append(" errors · ").append(warnings).append(" warnings")
                .append(g.groups() > 0 ? " · grouped by repo (" + g.nodes().size() + " boxes)" : "").append("</p>\n");
        b.append("<p>Repos: ");
        ws.graph().repos().forEach(r -> b.append(Html.esc(r.name())).append(" <span class=\"muted\">(")
                .append(r.role() == null ? "" : Html.esc(r.role().label())).append(")</span> "));
        b.append("</p>\n<div class=\"graph\">").append(svg.substring(svg.indexOf("<svg"))).append("</div>\n");
        b.append("<h2>Findings not about a node</h2>\n<ul>");
        for (Finding f : ws.findings()) {
            if (f.node() == null) {
                b.append("<li>").append(Html.esc(f.rule())).append(" · ").append(Html.esc(f.repo())).append('/')
                        .append(Html.esc(f.path())).append(f.line() > 0 ? ":" + f.line() : "").append(" — ")
                        .append(Html.esc(f.message())).append("</li>");
            }
        }
        return Html.page("Spec graph", "", b.append("</ul>\n").toString());
    }

    private static int put(Path dir, String rel, String html) throws IOException {
        Path file = dir.resolve(rel);
        Files.createDirectories(file.getParent());
        // not createTempFile: its owner-only permissions would stay on the published page
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.writeString(tmp, html, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return 1;
    }
}
