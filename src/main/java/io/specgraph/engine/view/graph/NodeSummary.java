package io.specgraph.engine.view.graph;

import io.specgraph.engine.view.Health;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Severity;

import java.util.List;
import java.util.StringJoiner;

/** The text a hover card shows for a visible node: what it is, its status, failing gates and rules. */
public final class NodeSummary {

    /** At most this many findings are listed. */
    static final int MAX_FINDINGS = 5;

    private NodeSummary() {
    }

    public static String of(GraphIndex index, VisibleNode n) {
        StringJoiner out = new StringJoiner("\n");
        Health h = n.health();
        if (n.group()) {
            out.add(n.title());
            out.add(h.errors() + " errors, " + h.warnings() + " warnings");
            if (!h.failingGates().isEmpty()) {
                out.add("Failing gates: " + gates(h.failingGates()));
            }
            out.add("Double-click to expand");
            return out.toString();
        }
        out.add(n.label() + " · " + n.kind().label() + " · " + n.repo());
        if (!n.title().equals(n.label())) {
            out.add(n.title());
        }
        if (n.state() != null) {
            out.add("Status: " + n.state().label());
        }
        if (!h.failingGates().isEmpty()) {
            out.add("Failing gates: " + gates(h.failingGates()));
        }
        List<Finding> fs = index.findings(n.key()).stream().filter(f -> f.severity() != Severity.INFO).toList();
        for (int i = 0; i < Math.min(MAX_FINDINGS, fs.size()); i++) {
            Finding f = fs.get(i);
            out.add(f.rule() + " (" + f.severity().label() + "): " + f.message());
        }
        if (fs.size() > MAX_FINDINGS) {
            out.add("… and " + (fs.size() - MAX_FINDINGS) + " more");
        }
        if (h.level() == Health.Level.OK) {
            out.add("No findings");
        }
        return out.toString();
    }

    private static String gates(List<Gate> gates) {
        StringJoiner j = new StringJoiner(", ");
        gates.forEach(g -> j.add(g.label()));
        return j.toString();
    }
}
