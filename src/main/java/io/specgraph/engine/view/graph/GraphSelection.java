package io.specgraph.engine.view.graph;

import io.specgraph.engine.view.Health;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Computes what a view shows from a snapshot and a {@link GraphQuery}: filter, then focus neighbourhood, then the
 * path (always shown, never folded), then grouping, then the edges between what is left (edges into a collapsed
 * group are folded into one aggregate per pair with a count).
 */
public final class GraphSelection {

    private GraphSelection() {
    }

    public static VisibleGraph select(GraphIndex index, GraphQuery q) {
        List<Node> all = index.graph().nodes();
        String focus = q.focus() != null && index.graph().node(q.focus()).isPresent() ? q.focus() : null;
        Set<String> hood = focus == null ? null : index.neighbourhood(focus, q.depth(), q.edgeKinds());
        String needle = q.text().toLowerCase(Locale.ROOT);
        List<Node> kept = new ArrayList<>();
        for (Node n : all) {
            boolean inHood = hood == null || hood.contains(n.key());
            if (n.key().equals(focus) || inHood && matches(index, n, q, needle)) {
                kept.add(n);
            }
        }
        int matched = kept.size();
        List<String> path = q.pathFrom() != null && q.pathTo() != null
                ? index.shortestPath(q.pathFrom(), q.pathTo(), q.edgeKinds()) : List.of();
        Set<String> onPath = new HashSet<>(path);
        if (!path.isEmpty()) {
            Set<String> keptKeys = new HashSet<>();
            kept.forEach(n -> keptKeys.add(n.key()));
            List<Node> withPath = new ArrayList<>();
            for (Node n : all) {
                if (keptKeys.contains(n.key()) || onPath.contains(n.key())) {
                    withPath.add(n);
                }
            }
            kept = withPath;
        }
        GroupBy by = focus != null ? GroupBy.NONE : q.groupBy().resolve(matched);
        Map<String, String> shownAs = new HashMap<>();
        Map<String, GroupAcc> groups = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (Node n : kept) {
            String groupKey = by == GroupBy.NONE || onPath.contains(n.key()) ? null : index.groupKey(n, by);
            if (groupKey == null || q.expanded().contains(groupKey)) {
                shownAs.put(n.key(), n.key());
                order.add(n);
            } else {
                shownAs.put(n.key(), groupKey);
                GroupAcc acc = groups.get(groupKey);
                if (acc == null) {
                    acc = new GroupAcc(groupKey, index.groupName(n, by), n.repo());
                    groups.put(groupKey, acc);
                    order.add(acc);
                }
                acc.add(n, index.health(n.key()));
            }
        }
        List<VisibleNode> nodes = new ArrayList<>(order.size());
        for (Object o : order) {
            if (o instanceof Node n) {
                nodes.add(new VisibleNode(n.key(), n.id(), n.title(), n.kind(), n.repo(), n.state(),
                        index.health(n.key()), 0, n.key().equals(focus), onPath.contains(n.key())));
            } else {
                nodes.add(((GroupAcc) o).toNode(by));
            }
        }
        return new VisibleGraph(nodes, edges(index, q, shownAs, path), by, path, matched, all.size());
    }

    private static boolean matches(GraphIndex index, Node n, GraphQuery q, String needle) {
        if (!q.kinds().isEmpty() && !q.kinds().contains(n.kind())
                || !q.repos().isEmpty() && !q.repos().contains(n.repo())
                || !q.states().isEmpty() && (n.state() == null || !q.states().contains(n.state()))) {
            return false;
        }
        if (!q.levels().isEmpty() || !q.failingGates().isEmpty()) {
            Health h = index.health(n.key());
            if (!q.levels().isEmpty() && !q.levels().contains(h.level())) {
                return false;
            }
            if (!q.failingGates().isEmpty() && h.failingGates().stream().noneMatch(q.failingGates()::contains)) {
                return false;
            }
        }
        return needle.isEmpty() || n.id().toLowerCase(Locale.ROOT).contains(needle)
                || n.title().toLowerCase(Locale.ROOT).contains(needle);
    }

    private static List<VisibleEdge> edges(GraphIndex index, GraphQuery q, Map<String, String> shownAs,
                                           List<String> path) {
        Set<String> pathSteps = new HashSet<>();
        for (int i = 1; i < path.size(); i++) {
            pathSteps.add(path.get(i - 1) + "\n" + path.get(i));
            pathSteps.add(path.get(i) + "\n" + path.get(i - 1));
        }
        List<VisibleEdge> out = new ArrayList<>();
        Map<String, Map<EdgeKind, Integer>> folded = new LinkedHashMap<>();
        Set<String> seenPlain = new LinkedHashSet<>();
        for (Edge e : index.graph().edges()) {
            if (!q.edgeKinds().isEmpty() && !q.edgeKinds().contains(e.kind())) {
                continue;
            }
            String a = shownAs.get(e.from());
            String b = shownAs.get(e.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            if (!VisibleNode.isGroupKey(a) && !VisibleNode.isGroupKey(b)) {
                if (seenPlain.add(a + "\n" + b + "\n" + e.kind())) {
                    out.add(new VisibleEdge(a, b, e.kind(), 1, false, pathSteps.contains(a + "\n" + b)));
                }
            } else {
                folded.computeIfAbsent(a + "\n" + b, k -> new EnumMap<>(EdgeKind.class))
                        .merge(e.kind(), 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Map<EdgeKind, Integer>> f : folded.entrySet()) {
            String[] ends = f.getKey().split("\n", 2);
            int count = 0;
            EdgeKind top = null;
            for (Map.Entry<EdgeKind, Integer> k : f.getValue().entrySet()) {
                count += k.getValue();
                if (top == null || k.getValue() > f.getValue().get(top)) {
                    top = k.getKey();
                }
            }
            out.add(new VisibleEdge(ends[0], ends[1], top, count, true, false));
        }
        return out;
    }

    /** A group being filled: members, kinds, summed health. */
    private static final class GroupAcc {
        private final String key;
        private final String name;
        private final String repo;
        private final Map<NodeKind, Integer> kinds = new EnumMap<>(NodeKind.class);
        private final Set<Gate> gates = new HashSet<>();
        private int members;
        private int errors;
        private int warnings;

        GroupAcc(String key, String name, String repo) {
            this.key = key;
            this.name = name;
            this.repo = repo;
        }

        void add(Node n, Health h) {
            members++;
            kinds.merge(n.kind(), 1, Integer::sum);
            errors += h.errors();
            warnings += h.warnings();
            gates.addAll(h.failingGates());
        }

        VisibleNode toNode(GroupBy by) {
            NodeKind top = null;
            for (NodeKind k : kinds.keySet()) {
                if (top == null || Layers.of(k) < Layers.of(top)) {
                    top = k;
                }
            }
            List<Gate> failing = new ArrayList<>();
            for (Gate g : Gate.values()) {
                if (gates.contains(g)) {
                    failing.add(g);
                }
            }
            Health h = errors == 0 && warnings == 0 && failing.isEmpty() ? Health.CLEAN
                    : new Health(errors, warnings, failing);
            return new VisibleNode(key, name, by.label() + " " + name + ": " + members + " nodes", top, repo, null, h,
                    members, false, false);
        }
    }
}
