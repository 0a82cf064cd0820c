package io.specgraph.engine.view.graph;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a graph view needs from one snapshot, computed once: health, undirected adjacency, and each node's repo,
 * domain and initiative group. Immutable; safe to share between threads.
 */
public final class GraphIndex {

    /** The group name of nodes with no domain or no initiative. */
    public static final String NONE = "(none)";

    private final Workspace workspace;
    private final HealthIndex health;
    private final Map<String, List<Edge>> adjacent;
    private final Map<String, String> domains;
    private final Map<String, String> initiatives;

    private GraphIndex(Workspace workspace) {
        this.workspace = workspace;
        this.health = HealthIndex.of(workspace);
        SpecGraph g = workspace.graph();
        Map<String, List<Edge>> adj = new HashMap<>();
        for (Edge e : g.edges()) {
            adj.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            if (!e.to().equals(e.from())) {
                adj.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
            }
        }
        this.adjacent = adj;
        Map<String, String> repoDomain = new HashMap<>();
        for (RepoInfo r : g.repos()) {
            if (r.domain() != null && !r.domain().isBlank()) {
                repoDomain.put(r.name(), r.domain());
            }
        }
        this.domains = new HashMap<>();
        this.initiatives = new HashMap<>();
        for (Node n : g.nodes()) {
            domains.put(n.key(), domainOf(n, repoDomain));
            initiatives.put(n.key(), initiativeOf(n, g));
        }
    }

    public static GraphIndex of(Workspace workspace) {
        return new GraphIndex(workspace);
    }

    public Workspace workspace() {
        return workspace;
    }

    public SpecGraph graph() {
        return workspace.graph();
    }

    public Health health(String key) {
        return health.of(key);
    }

    public List<Finding> findings(String key) {
        return health.findings(key);
    }

    /** The name of the group {@code n} falls in under {@code by} (its repo, domain or initiative id). */
    public String groupName(Node n, GroupBy by) {
        return switch (by) {
            case REPO -> n.repo();
            case DOMAIN -> domains.getOrDefault(n.key(), NONE);
            case INITIATIVE -> initiatives.getOrDefault(n.key(), NONE);
            default -> n.key();
        };
    }

    /** The key of the group {@code n} falls in under {@code by}. */
    public String groupKey(Node n, GroupBy by) {
        return VisibleNode.GROUP_PREFIX + by.label() + ":" + groupName(n, by);
    }

    /** Edges touching {@code key}, either direction. */
    public List<Edge> edgesOf(String key) {
        return adjacent.getOrDefault(key, List.of());
    }

    /** Keys within {@code depth} steps of {@code key} over edges of {@code kinds} (all when empty), both directions. */
    public Set<String> neighbourhood(String key, int depth, Set<EdgeKind> kinds) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        seen.put(key, 0);
        queue.add(key);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            int d = seen.get(at);
            if (d >= depth) {
                continue;
            }
            for (Edge e : edgesOf(at)) {
                if (kinds.isEmpty() || kinds.contains(e.kind())) {
                    String other = e.from().equals(at) ? e.to() : e.from();
                    if (!seen.containsKey(other)) {
                        seen.put(other, d + 1);
                        queue.add(other);
                    }
                }
            }
        }
        return seen.keySet();
    }

    /**
     * A shortest path from {@code from} to {@code to} over edges of {@code kinds} (all when empty), ignoring edge
     * direction; its node keys from start to end, or empty when there is none.
     */
    public List<String> shortestPath(String from, String to, Set<EdgeKind> kinds) {
        if (graph().node(from).isEmpty() || graph().node(to).isEmpty()) {
            return List.of();
        }
        Map<String, String> parent = new HashMap<>();
        parent.put(from, from);
        Deque<String> queue = new ArrayDeque<>();
        queue.add(from);
        while (!queue.isEmpty() && !parent.containsKey(to)) {
            String at = queue.poll();
            for (Edge e : edgesOf(at)) {
                if (kinds.isEmpty() || kinds.contains(e.kind())) {
                    String other = e.from().equals(at) ? e.to() : e.from();
                    if (parent.putIfAbsent(other, at) == null) {
                        queue.add(other);
                    }
                }
            }
        }
        if (!parent.containsKey(to)) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        for (String at = to; ; at = parent.get(at)) {
            path.add(0, at);
            if (at.equals(from)) {
                return List.copyOf(path);
            }
        }
    }

    private static String domainOf(Node n, Map<String, String> repoDomain) {
        if (n.kind() == NodeKind.DOMAIN) {
            return n.id();
        }
        String own = n.meta().value("domain");
        if (own != null && !own.isBlank()) {
            return own.strip();
        }
        return repoDomain.getOrDefault(n.repo(), NONE);
    }

    /** The initiative a node belongs to: itself, via part-of, or up implements / child links (3 steps at most). */
    private static String initiativeOf(Node start, SpecGraph g) {
        Set<String> seen = new HashSet<>();
        List<Node> level = List.of(start);
        for (int step = 0; step <= 3 && !level.isEmpty(); step++) {
            List<Node> next = new ArrayList<>();
            for (Node n : level) {
                if (!seen.add(n.key())) {
                    continue;
                }
                if (n.kind() == NodeKind.INITIATIVE) {
                    return n.id();
                }
                for (Edge e : g.outgoing(n.key())) {
                    if (e.kind() == EdgeKind.PART_OF || e.kind() == EdgeKind.IMPLEMENTS
                            || e.kind() == EdgeKind.FOLLOW_UP) {
                        g.node(e.to()).ifPresent(next::add);
                    }
                }
                for (Edge e : g.incoming(n.key(), EdgeKind.CHILD)) {
                    g.node(e.from()).ifPresent(next::add);
                }
            }
            level = next;
        }
        return NONE;
    }
}
