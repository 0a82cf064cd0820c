package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The edges of an incremental graph, as {@link EdgeFactory} and {@link GraphBuilder} make them: each node
 * contributes the edges its references resolve to; of equal edges (from, to, kind, version) the one contributed by
 * the first node in node order wins; edges are ordered by from, kind, to, then by contributor and position. Every
 * contribution is kept in a bucket per source and per target node, so replacing one node's contributions touches
 * only the buckets of the nodes at their ends. Not thread-safe; {@link #out()} and {@link #in()} are immutable.
 */
final class LiveEdges {

    /** One contributed edge: which node contributed it, and where among its edges. */
    private record Placed(Edge edge, String contributor, int index) {
    }

    private static final Comparator<Placed> BY_CONTRIBUTION = Comparator.comparing(Placed::contributor)
            .thenComparingInt(Placed::index);
    private static final Comparator<Placed> OUT_ORDER = Comparator.comparing((Placed p) -> p.edge().kind())
            .thenComparing(p -> p.edge().to()).thenComparing(BY_CONTRIBUTION);
    private static final Comparator<Placed> IN_ORDER = Comparator.comparing((Placed p) -> p.edge().from())
            .thenComparing(p -> p.edge().kind()).thenComparing(BY_CONTRIBUTION);

    /**
     * What one update changed: the nodes at either end of an edge that came or went, the kinds whose pairs (from,
     * to) moved, and the edges of pairs that are new.
     */
    record Change(Set<String> endpoints, Set<EdgeKind> kinds, List<Edge> newPairs) {
    }

    private final Map<String, List<Placed>> contributions = new HashMap<>();
    /** For LG2: the other ends of the children and implements edges at each node (with multiplicity). */
    private final Map<String, Map<String, Integer>> structural = new HashMap<>();
    private final Map<String, List<Placed>> allOut = new HashMap<>();
    private final Map<String, List<Placed>> allIn = new HashMap<>();
    private SortedArrayMap<List<Edge>> outInOrder = SortedArrayMap.empty();
    private LayeredMap<String, List<Edge>> out = LayeredMap.of(new HashMap<>());
    private LayeredMap<String, List<Edge>> in = LayeredMap.of(new HashMap<>());

    Map<String, List<Edge>> out() {
        return out;
    }

    Map<String, List<Edge>> in() {
        return in;
    }

    List<Edge> out(String key) {
        return out.getOrDefault(key, List.of());
    }

    List<Edge> in(String key) {
        return in.getOrDefault(key, List.of());
    }

    /** The edges {@code key} contributed (its references' edges, forward or reverse). */
    List<Edge> contributedBy(String key) {
        List<Edge> list = new ArrayList<>();
        contributions.getOrDefault(key, List.of()).forEach(p -> list.add(p.edge()));
        return list;
    }

    /** Every edge, in graph order. */
    List<Edge> all() {
        return ConcatList.of(outInOrder.valueList());
    }

    /**
     * Replaces the contributions of {@code contributors}: each one's new edges in {@code edges} (in the order its
     * references found them), none for a contributor absent from it.
     */
    Change replace(Collection<String> contributors, Map<String, Collection<Edge>> edges) {
        Set<String> touchedOut = new HashSet<>();
        Set<String> touchedIn = new HashSet<>();
        for (String k : contributors) {
            for (Placed p : contributions.getOrDefault(k, List.of())) {
                remove(allOut, p.edge().from(), p, OUT_ORDER);
                remove(allIn, p.edge().to(), p, IN_ORDER);
                structural(p.edge(), -1);
                touchedOut.add(p.edge().from());
                touchedIn.add(p.edge().to());
            }
            contributions.remove(k);
            Collection<Edge> mine = edges.get(k);
            if (mine == null || mine.isEmpty()) {
                continue;
            }
            List<Placed> placed = new ArrayList<>(mine.size());
            int i = 0;
            for (Edge e : mine) {
                Placed p = new Placed(e, k, i++);
                placed.add(p);
                insert(allOut, e.from(), p, OUT_ORDER);
                insert(allIn, e.to(), p, IN_ORDER);
                structural(e, 1);
                touchedOut.add(e.from());
                touchedIn.add(e.to());
            }
            contributions.put(k, placed);
        }
        Set<String> endpoints = new HashSet<>();
        Set<EdgeKind> kinds = new HashSet<>();
        List<Edge> added = new ArrayList<>();
        Map<String, List<Edge>> outChanges = new HashMap<>();
        for (String f : touchedOut) {
            List<Edge> now = winners(allOut.get(f), false);
            List<Edge> was = out.getOrDefault(f, List.of());
            if (now.equals(was)) {
                continue;
            }
            diff(was, now, endpoints, kinds, added);
            outChanges.put(f, now.isEmpty() ? null : now);
        }
        Map<String, List<Edge>> inChanges = new HashMap<>();
        for (String t : touchedIn) {
            List<Placed> bucket = allIn.get(t);
            inChanges.put(t, bucket == null ? null : new LazyWinners(bucket.toArray(new Placed[0])));
        }
        out = out.with(outChanges);
        in = in.with(inChanges);
        outInOrder = outInOrder.with(outChanges);
        return new Change(endpoints, kinds, added);
    }

    /**
     * The edges into one node, worked out from its contributions when first asked for: the edges into a node many
     * others reference change with every edit of one of them, and are rarely read.
     */
    private static final class LazyWinners extends java.util.AbstractList<Edge> {
        private final Placed[] bucket;
        private volatile List<Edge> winners;

        LazyWinners(Placed[] bucket) {
            this.bucket = bucket;
        }

        private List<Edge> winners() {
            List<Edge> w = winners;
            if (w == null) {
                w = LiveEdges.winners(Arrays.asList(bucket), true);
                winners = w;
            }
            return w;
        }

        @Override
        public Edge get(int index) {
            return winners().get(index);
        }

        @Override
        public int size() {
            return winners().size();
        }
    }

    /** The nodes joined to {@code key} by a children or implements edge, either way (the nodes LG2 looks at). */
    Set<String> structuralNeighbours(String key) {
        return structural.getOrDefault(key, Map.of()).keySet();
    }

    private void structural(Edge e, int delta) {
        if (e.kind() != EdgeKind.CHILD && e.kind() != EdgeKind.IMPLEMENTS) {
            return;
        }
        count(e.from(), e.to(), delta);
        count(e.to(), e.from(), delta);
    }

    private void count(String at, String other, int delta) {
        Map<String, Integer> m = structural.computeIfAbsent(at, k -> new HashMap<>());
        if (m.merge(other, delta, Integer::sum) == 0) {
            m.remove(other);
            if (m.isEmpty()) {
                structural.remove(at);
            }
        }
    }

    /** The first contribution of each edge (from, to, kind, version) in a bucket, as edges in bucket order. */
    private static List<Edge> winners(List<Placed> bucket, boolean byTarget) {
        if (bucket == null || bucket.isEmpty()) {
            return List.of();
        }
        List<Edge> out = new ArrayList<>(bucket.size());
        Placed runStart = null;
        List<String> versions = new ArrayList<>(2);
        for (Placed p : bucket) {
            Edge e = p.edge();
            boolean sameRun = runStart != null && runStart.edge().kind() == e.kind()
                    && (byTarget ? runStart.edge().from().equals(e.from()) : runStart.edge().to().equals(e.to()));
            if (!sameRun) {
                runStart = p;
                versions.clear();
            }
            if (!versions.contains(e.version() == null ? "\u0000" : e.version())) {
                versions.add(e.version() == null ? "\u0000" : e.version());
                out.add(e);
            }
        }
        return List.copyOf(out);
    }

    private static void diff(List<Edge> was, List<Edge> now, Set<String> endpoints, Set<EdgeKind> kinds,
                             List<Edge> added) {
        Set<Edge> before = new HashSet<>(was);
        Set<Edge> after = new HashSet<>(now);
        Set<String> pairsBefore = new HashSet<>();
        Set<String> pairsAfter = new HashSet<>();
        for (Edge e : was) {
            pairsBefore.add(e.kind() + "\u0000" + e.to());
            if (!after.contains(e)) {
                endpoints.add(e.from());
                endpoints.add(e.to());
            }
        }
        for (Edge e : now) {
            pairsAfter.add(e.kind() + "\u0000" + e.to());
            if (!before.contains(e)) {
                endpoints.add(e.from());
                endpoints.add(e.to());
            }
        }
        for (Edge e : was) {
            if (!pairsAfter.contains(e.kind() + "\u0000" + e.to())) {
                kinds.add(e.kind());
            }
        }
        for (Edge e : now) {
            if (!pairsBefore.contains(e.kind() + "\u0000" + e.to())) {
                kinds.add(e.kind());
                added.add(e);
            }
        }
    }

    private static void insert(Map<String, List<Placed>> buckets, String key, Placed p, Comparator<Placed> order) {
        List<Placed> b = buckets.computeIfAbsent(key, k -> new ArrayList<>());
        int i = Collections.binarySearch(b, p, order);
        b.add(i < 0 ? -i - 1 : i, p);
    }

    private static void remove(Map<String, List<Placed>> buckets, String key, Placed p, Comparator<Placed> order) {
        List<Placed> b = buckets.get(key);
        int i = Collections.binarySearch(b, p, order);
        if (i < 0 || !Objects.equals(b.get(i), p)) {
            throw new IllegalStateException("edge not held: " + p);
        }
        b.remove(i);
        if (b.isEmpty()) {
            buckets.remove(key);
        }
    }
}
