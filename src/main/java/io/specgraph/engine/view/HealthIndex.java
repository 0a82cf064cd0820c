package io.specgraph.engine.view;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every node's {@link Health} and findings in one snapshot, computed once per snapshot: the tree, the inspector,
 * the boards and the editor all ask for the current snapshot's index, so the last one is kept (snapshots are
 * immutable, so identity is enough).
 */
public final class HealthIndex {

    private static volatile HealthIndex last;

    private final Workspace source;
    private final Map<String, Health> health;
    private final Map<String, List<Finding>> findings;

    private HealthIndex(Workspace source, Map<String, Health> health, Map<String, List<Finding>> findings) {
        this.source = source;
        this.health = health;
        this.findings = findings;
    }

    public static HealthIndex of(Workspace ws) {
        HealthIndex l = last;
        if (l != null && l.source == ws) {
            return l;
        }
        HealthIndex built = build(ws);
        last = built;
        return built;
    }

    private static HealthIndex build(Workspace ws) {
        Map<String, List<Finding>> byNode = new HashMap<>();
        for (Finding f : ws.findings()) {
            if (f.node() != null) {
                byNode.computeIfAbsent(Node.key(f.repo(), f.node()), k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Health> health = new HashMap<>();
        for (Node n : ws.graph().nodes()) {
            List<Finding> fs = byNode.getOrDefault(n.key(), List.of());
            int errors = 0;
            int warnings = 0;
            for (Finding f : fs) {
                if (f.severity() == Severity.ERROR) {
                    errors++;
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                }
            }
            List<Gate> failing = new ArrayList<>();
            Map<Gate, Verdict> verdicts = ws.gates().verdicts().get(n.key());
            if (verdicts != null) {
                for (Gate g : Gate.values()) {
                    if (verdicts.get(g) == Verdict.FAIL) {
                        failing.add(g);
                    }
                }
            }
            health.put(n.key(), errors == 0 && warnings == 0 && failing.isEmpty() ? Health.CLEAN
                    : new Health(errors, warnings, failing));
        }
        byNode.replaceAll((k, v) -> Collections.unmodifiableList(v));
        return new HealthIndex(ws, health, byNode);
    }

    /** The node's health; clean for unknown keys. */
    public Health of(String nodeKey) {
        return health.getOrDefault(nodeKey, Health.CLEAN);
    }

    /** The findings about the node, in report order. */
    public List<Finding> findings(String nodeKey) {
        return findings.getOrDefault(nodeKey, List.of());
    }

    /** The gate verdicts of a node, in gate order (empty for nodes the gates do not apply to). */
    public static Map<Gate, Verdict> verdicts(Workspace ws, String nodeKey) {
        Map<Gate, Verdict> v = ws.gates().verdicts().get(nodeKey);
        return v == null ? Map.of() : v;
    }
}
