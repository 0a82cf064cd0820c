package io.specgraph.engine.view;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Edge;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the inspector (and a node page of the report) shows for one node: identity, metadata, the five gates' verdicts, its findings (rule, line,
 * why, how to fix) and its links both ways. Toolkit-free; built from a snapshot.
 *
 * @param node     the node
 * @param meta     metadata as {@code key → value} lines, in document order
 * @param gates    the verdict of each gate (empty when the gates do not apply to the node's kind)
 * @param findings the findings about the node, in report order
 * @param links    outgoing then incoming links
 */
public record Inspection(Node node, List<Map.Entry<String, String>> meta, List<Map.Entry<Gate, Verdict>> gates,
                         List<Finding> findings, List<Link> links) {

    /** One link: direction, edge kind and the node at the other end (its key; title when it resolves). */
    public record Link(boolean outgoing, String kind, String otherKey, String otherLabel, String version) {
    }

    public Inspection {
        meta = List.copyOf(meta);
        gates = List.copyOf(gates);
        findings = List.copyOf(findings);
        links = List.copyOf(links);
    }

    /** The inspection of {@code key}, or empty when the snapshot has no such node. */
    public static Optional<Inspection> of(Workspace ws, HealthIndex index, String key) {
        if (ws == null || key == null) {
            return Optional.empty();
        }
        return ws.graph().node(key).map(n -> build(ws, index, n));
    }

    private static Inspection build(Workspace ws, HealthIndex index, Node n) {
        List<Map.Entry<String, String>> meta = new ArrayList<>();
        for (MetaValue v : n.meta().asMap().values()) {
            String value = v.items().isEmpty() ? v.value() : String.join(", ", v.items());
            meta.add(Map.entry(v.rawKey() == null ? v.key() : v.rawKey(), value == null ? "" : value));
        }
        List<Map.Entry<Gate, Verdict>> gates = new ArrayList<>();
        Map<Gate, Verdict> verdicts = HealthIndex.verdicts(ws, n.key());
        for (Gate g : Gate.values()) {
            Verdict v = verdicts.get(g);
            if (v != null) {
                gates.add(Map.entry(g, v));
            }
        }
        List<Link> links = new ArrayList<>();
        for (Edge e : ws.graph().outgoing(n.key())) {
            links.add(link(ws, true, e, e.to()));
        }
        for (Edge e : ws.graph().incoming(n.key())) {
            links.add(link(ws, false, e, e.from()));
        }
        return new Inspection(n, meta, gates, index.findings(n.key()), links);
    }

    private static Link link(Workspace ws, boolean out, Edge e, String other) {
        String label = ws.graph().node(other).map(o -> o.id() + " " + o.title()).orElse(other + " (unresolved)");
        return new Link(out, e.kind().label(), other, label, e.version());
    }
}
