package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Structural graph rules: one-sided parent/child links (LG2) and cycles (LG4). */
final class GraphChecks {

    private GraphChecks() {
    }

    /** LG2: a platform spec's {@code children} and its component specs' {@code implements} must agree. */
    static void oneSided(Collection<Node> nodes, List<Edge> edges, Map<String, Node> byKey, List<Finding> findings) {
        Set<String> implementsPairs = new HashSet<>();
        Set<String> childPairs = new HashSet<>();
        for (Edge e : edges) {
            if (e.kind() == EdgeKind.IMPLEMENTS) {
                implementsPairs.add(e.to() + "\u0000" + e.from());
            } else if (e.kind() == EdgeKind.CHILD) {
                childPairs.add(e.from() + "\u0000" + e.to());
            }
        }
        for (Edge e : edges) {
            boolean mirrored = e.kind() == EdgeKind.CHILD ? implementsPairs.contains(e.from() + "\u0000" + e.to())
                    : childPairs.contains(e.to() + "\u0000" + e.from());
            oneSided(e, mirrored, byKey, findings);
        }
    }

    /**
     * LG2 for one edge: a {@code children} edge without the child's {@code implements}, or an {@code implements}
     * edge to a platform spec without its {@code children} entry ({@code mirrored}: the other edge exists).
     */
    static void oneSided(Edge e, boolean mirrored, Map<String, Node> byKey, List<Finding> findings) {
        if (e.kind() == EdgeKind.CHILD && !mirrored) {
            Node parent = byKey.get(e.from());
            Node child = byKey.get(e.to());
            findings.add(new Finding(GraphRules.ONE_SIDED, Severity.WARNING, null, parent.id(), parent.repo(),
                    e.path().isEmpty() ? parent.path() : e.path(), e.line(), 0,
                    parent.id() + " lists " + child.key() + " in children, but " + child.id()
                            + " does not declare implements " + parent.id(),
                    "add implements: " + parent.id() + " to " + child.id() + ", or remove it from children"));
        }
        if (e.kind() == EdgeKind.IMPLEMENTS && !mirrored) {
            Node child = byKey.get(e.from());
            Node parent = byKey.get(e.to());
            if (parent.kind() != NodeKind.PLATFORM_SPEC) {
                return;
            }
            MetaValue children = parent.meta().get(Keys.CHILDREN).orElse(null);
            int line = children == null ? 0 : children.line();
            String path = children == null ? parent.path() : children.path();
            findings.add(new Finding(GraphRules.ONE_SIDED, Severity.WARNING, null, parent.id(), parent.repo(), path,
                    line, 0, child.key() + " implements " + parent.id() + ", but " + parent.id()
                            + " does not list it in children",
                    "add " + child.id() + " to the children of " + parent.id()));
        }
    }

    /** LG4: cycles among implements, supersedes and blocked-by edges (each kind on its own). */
    static void cycles(List<Edge> edges, Map<String, Node> byKey, List<Finding> findings) {
        for (EdgeKind kind : List.of(EdgeKind.IMPLEMENTS, EdgeKind.SUPERSEDES, EdgeKind.BLOCKED_BY)) {
            Map<String, List<String>> adj = new HashMap<>();
            for (Edge e : edges) {
                if (e.kind() == kind) {
                    adj.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e.to());
                }
            }
            for (List<String> cycle : new Tarjan(adj).cycles()) {
                String first = cycle.stream().sorted().findFirst().orElseThrow();
                String text = kind.label() + " cycle: " + String.join(" → ", rotate(cycle, first)) + " → " + first;
                for (String member : cycle) {
                    Node n = byKey.get(member);
                    findings.add(new Finding(GraphRules.CYCLE, Severity.ERROR, null, n.id(), n.repo(), n.path(), 0, 0,
                            text, "break the cycle: a node cannot (transitively) " + kind.label() + " itself"));
                }
            }
        }
    }

    private static List<String> rotate(List<String> cycle, String first) {
        int i = cycle.indexOf(first);
        List<String> out = new ArrayList<>(cycle.subList(i, cycle.size()));
        out.addAll(cycle.subList(0, i));
        return out;
    }

    /** Tarjan's strongly connected components, iterative; a component is a cycle when it has two or more nodes or a self-loop. */
    private static final class Tarjan {
        private final Map<String, List<String>> adj;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<String, Integer> low = new HashMap<>();
        private final Deque<String> stack = new ArrayDeque<>();
        private final Set<String> onStack = new HashSet<>();
        private final List<List<String>> result = new ArrayList<>();
        private int counter;

        Tarjan(Map<String, List<String>> adj) {
            this.adj = adj;
        }

        List<List<String>> cycles() {
            List<String> starts = new ArrayList<>(adj.keySet());
            starts.sort(String::compareTo);
            for (String v : starts) {
                if (!index.containsKey(v)) {
                    strongConnect(v);
                }
            }
            return result;
        }

        private void strongConnect(String root) {
            Deque<Object[]> work = new ArrayDeque<>();
            work.push(new Object[]{root, 0});
            visit(root);
            while (!work.isEmpty()) {
                Object[] frame = work.peek();
                String v = (String) frame[0];
                int i = (Integer) frame[1];
                List<String> next = adj.getOrDefault(v, List.of());
                if (i < next.size()) {
                    frame[1] = i + 1;
                    String w = next.get(i);
                    if (!index.containsKey(w)) {
                        visit(w);
                        work.push(new Object[]{w, 0});
                    } else if (onStack.contains(w)) {
                        low.put(v, Math.min(low.get(v), index.get(w)));
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    String parent = (String) work.peek()[0];
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(index.get(v))) {
                    List<String> comp = new ArrayList<>();
                    String w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        comp.add(0, w);
                    } while (!w.equals(v));
                    if (comp.size() > 1 || adj.getOrDefault(v, List.of()).contains(v)) {
                        result.add(comp);
                    }
                }
            }
        }

        private void visit(String v) {
            index.put(v, counter);
            low.put(v, counter);
            counter++;
            stack.push(v);
            onStack.add(v);
        }
    }
}
