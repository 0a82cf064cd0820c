package io.specgraph.engine;

import io.specgraph.graph.SpecGraph;
import io.specgraph.graph.gate.GateReport;
import io.specgraph.model.Edge;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;
import io.specgraph.graph.gate.Verdict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a workspace snapshot as comparable text, part by part (repos, nodes with metadata and text, edges,
 * graph findings, merged findings, rule findings in report order, verdicts, OpenSpec verdicts, policy), and
 * diffs two renderings readably. Absolute repo folders are replaced by {@code <root>} so that two copies of a
 * workspace compare equal.
 */
final class Snapshots {

    private static final int SHOWN = 12;

    private Snapshots() {
    }

    static Map<String, List<String>> render(Workspace ws, Path root) {
        String prefix = root.toAbsolutePath().toString();
        Map<String, List<String>> parts = new LinkedHashMap<>();
        SpecGraph g = ws.graph();
        List<String> repos = new ArrayList<>();
        for (RepoInfo r : g.repos()) {
            repos.add(r.name() + " " + r.role() + " " + r.layouts() + " " + r.component() + " " + r.domain());
        }
        parts.put("repos", repos);
        List<String> nodes = new ArrayList<>();
        for (Node n : g.nodes()) {
            nodes.add(n.key() + " | " + n.kind() + " | " + n.layout() + " | " + n.path() + " | " + n.title() + " | "
                    + n.version() + " | " + n.status() + " | " + n.state() + " | " + n.files() + " | meta "
                    + n.meta() + " | text " + n.content().path() + " " + n.content().lines().hashCode() + " "
                    + n.content().headings());
        }
        parts.put("nodes", nodes);
        parts.put("edges", g.edges().stream().map(Edge::toString).toList());
        parts.put("graph findings", g.findings().stream().map(Finding::toString).toList());
        parts.put("findings", ws.findings().stream().map(Finding::toString).toList());
        GateReport gates = ws.gates();
        parts.put("rule findings (report order)", gates.findings().stream().map(Finding::toString).toList());
        List<String> verdicts = new ArrayList<>();
        for (Map.Entry<String, Map<Gate, Verdict>> e : gates.verdicts().entrySet()) {
            verdicts.add(e.getKey() + " " + e.getValue());
        }
        parts.put("verdicts", verdicts);
        parts.put("openspec", gates.openspec().stream().map(Object::toString).toList());
        parts.put("policy", List.of(gates.policy().toString()));
        parts.put("documents", List.of(String.valueOf(ws.documents())));
        Map<String, List<String>> out = new LinkedHashMap<>();
        parts.forEach((k, v) -> out.put(k, v.stream().map(s -> s.replace(prefix, "<root>")).toList()));
        return out;
    }

    /** Null when equal, else what differs, part by part. */
    static String diff(Workspace expected, Path expectedRoot, Workspace actual, Path actualRoot) {
        Map<String, List<String>> a = render(expected, expectedRoot);
        Map<String, List<String>> b = render(actual, actualRoot);
        StringBuilder sb = new StringBuilder();
        for (String part : a.keySet()) {
            List<String> x = a.get(part);
            List<String> y = b.get(part);
            if (x.equals(y)) {
                continue;
            }
            sb.append("== ").append(part).append(": expected ").append(x.size()).append(", got ").append(y.size())
                    .append('\n');
            Set<String> xs = new HashSet<>(x);
            Set<String> ys = new HashSet<>(y);
            int shown = 0;
            for (String s : x) {
                if (!ys.contains(s) && shown++ < SHOWN) {
                    sb.append("  missing: ").append(s).append('\n');
                }
            }
            shown = 0;
            for (String s : y) {
                if (!xs.contains(s) && shown++ < SHOWN) {
                    sb.append("  extra:   ").append(s).append('\n');
                }
            }
            if (xs.equals(ys)) {
                for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                    if (!x.get(i).equals(y.get(i))) {
                        sb.append("  order differs at ").append(i).append(": expected ").append(x.get(i))
                                .append("\n                    got ").append(y.get(i)).append('\n');
                        break;
                    }
                }
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
