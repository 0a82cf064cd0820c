package io.specgraph.engine;

import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;
import io.specgraph.parse.JsonWriter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The graph as {@code specgraph.graph/1} JSON, Graphviz DOT and GraphML. Deterministic: sorted as the graph is. */
public final class GraphFormats {

    static final String SCHEMA = "specgraph.graph/1";

    private GraphFormats() {
    }

    public static String json(SpecGraph g) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("schema", SCHEMA);
        List<Object> nodes = new ArrayList<>();
        for (Node n : g.nodes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", n.id());
            m.put("kind", n.kind().label());
            m.put("repo", n.repo());
            m.put("path", n.path());
            m.put("title", n.title());
            m.put("status", n.status());
            m.put("state", n.state() == null ? null : n.state().label());
            m.put("version", n.version());
            nodes.add(m);
        }
        root.put("nodes", nodes);
        List<Object> edges = new ArrayList<>();
        for (Edge e : g.edges()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("from", e.from());
            m.put("to", e.to());
            m.put("kind", e.kind().label());
            m.put("version", e.version());
            edges.add(m);
        }
        root.put("edges", edges);
        return JsonWriter.write(root);
    }

    public static String dot(SpecGraph g) {
        StringBuilder sb = new StringBuilder("digraph specgraph {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n");
        for (RepoInfo r : g.repos()) {
            sb.append("  subgraph ").append(quote("cluster_" + r.name())).append(" {\n    label=")
                    .append(quote(r.name() + " (" + r.role().label() + ")")).append(";\n");
            for (Node n : g.nodes()) {
                if (n.repo().equals(r.name())) {
                    sb.append("    ").append(quote(n.key())).append(" [label=").append(quote(n.id() + "\\n" + n.kind()))
                            .append(", shape=").append(shape(n)).append("];\n");
                }
            }
            sb.append("  }\n");
        }
        for (Edge e : g.edges()) {
            sb.append("  ").append(quote(e.from())).append(" -> ").append(quote(e.to())).append(" [label=")
                    .append(quote(e.kind().label() + (e.version() == null ? "" : " " + e.version()))).append("];\n");
        }
        return sb.append("}\n").toString();
    }

    private static String shape(Node n) {
        return switch (n.kind()) {
            case ADR -> "diamond";
            case CONTRACT -> "component";
            case CONTEXT_PACK -> "folder";
            case INITIATIVE -> "hexagon";
            case DOMAIN -> "ellipse";
            case CONSTITUTION -> "tab";
            default -> "box";
        };
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
    }

    public static String graphml(SpecGraph g) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        for (String k : List.of("kind", "repo", "path", "title", "status", "state", "version")) {
            sb.append("  <key id=\"").append(k).append("\" for=\"node\" attr.name=\"").append(k)
                    .append("\" attr.type=\"string\"/>\n");
        }
        sb.append("  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n")
                .append("  <key id=\"eversion\" for=\"edge\" attr.name=\"version\" attr.type=\"string\"/>\n")
                .append("  <graph id=\"specgraph\" edgedefault=\"directed\">\n");
        for (Node n : g.nodes()) {
            sb.append("    <node id=\"").append(xml(n.key())).append("\">\n");
            data(sb, "kind", n.kind().label());
            data(sb, "repo", n.repo());
            data(sb, "path", n.path());
            data(sb, "title", n.title());
            data(sb, "status", n.status());
            data(sb, "state", n.state() == null ? null : n.state().label());
            data(sb, "version", n.version());
            sb.append("    </node>\n");
        }
        int i = 0;
        for (Edge e : g.edges()) {
            sb.append("    <edge id=\"e").append(i++).append("\" source=\"").append(xml(e.from())).append("\" target=\"")
                    .append(xml(e.to())).append("\">\n");
            data(sb, "ekind", e.kind().label());
            data(sb, "eversion", e.version());
            sb.append("    </edge>\n");
        }
        return sb.append("  </graph>\n</graphml>\n").toString();
    }

    private static void data(StringBuilder sb, String key, String value) {
        if (value != null) {
            sb.append("      <data key=\"").append(key).append("\">").append(xml(value)).append("</data>\n");
        }
    }

    /** {@code s} escaped for XML text and attribute values (control characters become spaces). */
    public static String xml(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&apos;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append(' ');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
