package io.specgraph.engine.report;

import io.specgraph.engine.GraphFormats;
import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.KindLook;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;

import java.util.Locale;

/**
 * The report's HTML: one page frame with the stylesheet inline (so each page stands alone), escaping, and the
 * small pieces every page uses (kind chip, health badge, node link). Every text from a document is escaped; pages
 * carry a Content-Security-Policy that forbids scripts and anything remote.
 */
final class Html {

    static final String CSS = "body{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:0;color:#1f2328}"
            + "header{background:#0d1b2a;color:#fff;padding:10px 20px}header a{color:#cfe3ff;margin-right:18px;"
            + "text-decoration:none}header b{margin-right:24px}main{padding:16px 24px}"
            + "table{border-collapse:collapse;margin:8px 0 20px}td,th{border:1px solid #d0d7de;padding:4px 8px;"
            + "vertical-align:top;text-align:left}th{background:#f6f8fa}.muted{color:#656d76}"
            + ".chip{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:6px}"
            + ".badge{border-radius:8px;padding:0 6px;font-size:0.85em}.ok{background:#dafbe1;color:#1a7f37}"
            + ".warn{background:#fff8c5;color:#9a6700}.fail{background:#ffebe9;color:#cf222e}"
            + ".na{background:#eaeef2;color:#656d76}pre{background:#f6f8fa;padding:10px;overflow:auto;"
            + "white-space:pre-wrap}.graph{overflow:auto;border:1px solid #d0d7de}"
            + ".columns{display:flex;gap:12px;align-items:flex-start}.column{flex:1;min-width:180px}"
            + ".card{border:1px solid #d0d7de;border-radius:6px;padding:6px 8px;margin-bottom:8px}";

    private Html() {
    }

    /** A whole page; {@code root} is the relative way back to the site's top ({@code ""} or {@code "../../"}). */
    static String page(String title, String root, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline';"
                + " img-src data:\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " — Specgraph</title><style>" + CSS + "</style></head><body>\n"
                + "<header><b>Specgraph</b><a href=\"" + root + "index.html\">Graph</a><a href=\"" + root
                + "queue.html\">Reviewer queue</a><a href=\"" + root + "adrs.html\">ADR log</a><a href=\"" + root
                + "matrix.html\">Matrix</a><a href=\"" + root + "nodes.html\">All nodes</a></header>\n<main>\n<h1>"
                + esc(title) + "</h1>\n" + body + "</main></body></html>\n";
    }

    static String esc(String s) {
        return s == null ? "" : GraphFormats.xml(s);
    }

    static String chip(NodeKind kind) {
        return "<span class=\"chip\" style=\"background:" + KindLook.of(kind).colour() + "\" title=\""
                + kind.label() + "\"></span>";
    }

    static String badge(Health h) {
        String level = h.level().name().toLowerCase(Locale.ROOT);
        String text = h.level() == Health.Level.OK ? "ok"
                : h.level() == Health.Level.FAIL ? (h.failingGates().isEmpty() ? h.errors() + " errors"
                : h.failingGates().size() + " gates fail") : h.warnings() + " warnings";
        return "<span class=\"badge " + level + "\">" + esc(text) + "</span>";
    }

    /** A link to a node's page from a page {@code root} below the top. */
    static String link(Node n, String root) {
        return "<a href=\"" + root + esc(Paths.nodePage(n.key())) + "\">" + chip(n.kind()) + esc(n.id()) + "</a>";
    }
}
