package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Version;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Change impact: every node that depends on a node (all its versions side by side), directly or through other
 * nodes, across repos, and whether each direct dependent still pins an older version than the target (IS4).
 */
public final class Impact {

    /** Edges along which a change travels back to the nodes that depend on the target. */
    private static final Set<EdgeKind> DEPENDENCY = EnumSet.of(EdgeKind.IMPLEMENTS, EdgeKind.DEPENDS_ON,
            EdgeKind.USES_CONTEXT, EdgeKind.BLOCKED_BY, EdgeKind.GOVERNED_BY, EdgeKind.CONSUMES, EdgeKind.FOLLOW_UP,
            EdgeKind.MODIFIES, EdgeKind.PART_OF);

    private Impact() {
    }

    /**
     * One dependent.
     *
     * @param node   the dependent
     * @param edge   the edge by which it depends on the target (or on the node it reaches the target through)
     * @param pinned the version it asks for, or null
     * @param stale  true when it pins an older version than the target's
     * @param depth  1 for direct dependents, 2+ through others
     * @param via    the node it reaches the target through (null when direct)
     */
    public record Dependent(Node node, EdgeKind edge, String pinned, boolean stale, int depth, Node via) {
    }

    /** The analysis: the target's versions, the version changes are measured against, and the dependents. */
    public record Result(List<Node> versions, Version target, List<Dependent> dependents) {
        public long staleCount() {
            return dependents.stream().filter(Dependent::stale).count();
        }

        public long repoCount() {
            return dependents.stream().map(d -> d.node().repo()).distinct().count();
        }
    }

    /**
     * @param versions the target node and its versions side by side
     * @param target   the version to measure pins against (null: the newest of {@code versions})
     */
    public static Result of(SpecGraph graph, List<Node> versions, Version target) {
        Version goal = target != null ? target : newest(versions);
        Map<String, Dependent> found = new HashMap<>();
        Deque<Dependent> queue = new ArrayDeque<>();
        java.util.Set<String> targetKeys = new java.util.HashSet<>();
        for (Node v : versions) {
            targetKeys.add(v.key());
            for (Edge e : graph.incoming(v.key())) {
                if (!DEPENDENCY.contains(e.kind()) || attachment(graph, e)) {
                    continue;
                }
                Node from = graph.node(e.from()).orElseThrow();
                String pinned = e.version() != null ? e.version() : versionOf(v, versions);
                Version p = Version.parse(pinned);
                boolean stale = goal != null && p != null && p.compareTo(goal) < 0;
                Dependent d = new Dependent(from, e.kind(), pinned, stale, 1, null);
                Dependent old = found.get(from.key());
                if (old == null || (!old.stale() && stale)) {
                    found.put(from.key(), d);
                    queue.add(d);
                }
            }
        }
        while (!queue.isEmpty()) {
            Dependent d = queue.poll();
            for (Edge e : graph.incoming(d.node().key())) {
                if (!DEPENDENCY.contains(e.kind()) || attachment(graph, e) || targetKeys.contains(e.from())
                        || found.containsKey(e.from())) {
                    continue;
                }
                Dependent next = new Dependent(graph.node(e.from()).orElseThrow(), e.kind(), e.version(), false,
                        d.depth() + 1, d.node());
                found.put(e.from(), next);
                queue.add(next);
            }
        }
        List<Dependent> out = new ArrayList<>(found.values());
        out.sort(Comparator.comparingInt(Dependent::depth).thenComparing(d -> !d.stale())
                .thenComparing(d -> d.node().key()));
        return new Result(versions, goal, out);
    }

    /** Plans and tasks are parts of their spec, not dependents. */
    private static boolean attachment(SpecGraph graph, Edge e) {
        NodeKind k = graph.node(e.from()).map(Node::kind).orElse(null);
        return e.kind() == EdgeKind.PART_OF && (k == NodeKind.PLAN || k == NodeKind.TASKS);
    }

    private static String versionOf(Node v, List<Node> versions) {
        return versions.size() > 1 ? v.version() : null;
    }

    static Version newest(List<Node> versions) {
        return versions.stream().map(Node::parsedVersion).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
    }
}
