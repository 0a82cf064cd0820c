package io.specgraph.graph;

import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Derives a {@link Resolver}'s indexes after some nodes changed: only the buckets those nodes sit in are rebuilt,
 * each kept in node order (by key), exactly as a resolver built from scratch would hold them; the rest is shared.
 */
final class ResolverUpdate {

    /** The indexes of a resolver. */
    record Maps(Map<String, Node> byKey, Map<String, List<Node>> byId, Map<String, List<Node>> byIdLower,
                Map<String, List<Node>> byBase, Map<String, Node> byPath, Map<String, List<Node>> holders,
                Map<String, RepoInfo> repos) {
    }

    private ResolverUpdate() {
    }

    /** The buckets of the base-id index a node sits in (twice in one bucket when its base id is lower case). */
    static List<String> bases(Node n) {
        String base = Resolver.baseId(n);
        if (base.equals(n.id())) {
            return List.of();
        }
        return List.of(base, base.toLowerCase(Locale.ROOT));
    }

    static Maps apply(Maps m, Collection<Node> removed, Collection<Node> added) {
        Map<String, Node> keyChanges = new HashMap<>();
        removed.forEach(n -> keyChanges.put(n.key(), null));
        added.forEach(n -> keyChanges.put(n.key(), n));
        Map<String, List<Node>> holderChanges = rebucket(m.holders(), removed, added, ResolverUpdate::fileKeys);
        Map<String, Node> pathChanges = new HashMap<>();
        holderChanges.forEach((k, list) -> pathChanges.put(k, list == null ? null : list.get(0)));
        return new Maps(LayeredMap.of(m.byKey()).with(keyChanges),
                LayeredMap.of(m.byId()).with(rebucket(m.byId(), removed, added, n -> List.of(n.id()))),
                LayeredMap.of(m.byIdLower()).with(rebucket(m.byIdLower(), removed, added,
                        n -> List.of(n.id().toLowerCase(Locale.ROOT)))),
                LayeredMap.of(m.byBase()).with(rebucket(m.byBase(), removed, added, ResolverUpdate::bases)),
                LayeredMap.of(m.byPath()).with(pathChanges),
                LayeredMap.of(m.holders()).with(holderChanges),
                m.repos());
    }

    private static List<String> fileKeys(Node n) {
        List<String> out = new ArrayList<>(n.files().size());
        n.files().forEach(f -> out.add(n.repo() + "\u0000" + f));
        return out;
    }

    /**
     * The new lists of the buckets the removed and added nodes sit in (null for a bucket that is now empty): the
     * removed nodes' keys are dropped, the added nodes inserted in key order (after nodes of an equal key, so a
     * node listed twice in one bucket stays twice, side by side).
     */
    private static Map<String, List<Node>> rebucket(Map<String, List<Node>> index, Collection<Node> removed,
                                                    Collection<Node> added, Function<Node, List<String>> bucketsOf) {
        Map<String, Set<String>> drop = new HashMap<>();
        Map<String, List<Node>> put = new HashMap<>();
        Set<String> touched = new LinkedHashSet<>();
        for (Node n : removed) {
            for (String b : bucketsOf.apply(n)) {
                drop.computeIfAbsent(b, k -> new HashSet<>()).add(n.key());
                touched.add(b);
            }
        }
        for (Node n : added) {
            for (String b : bucketsOf.apply(n)) {
                put.computeIfAbsent(b, k -> new ArrayList<>()).add(n);
                touched.add(b);
            }
        }
        Map<String, List<Node>> out = new HashMap<>();
        for (String b : touched) {
            List<Node> list = new ArrayList<>(index.getOrDefault(b, List.of()));
            Set<String> gone = drop.get(b);
            if (gone != null) {
                list.removeIf(n -> gone.contains(n.key()));
            }
            for (Node n : put.getOrDefault(b, List.of())) {
                list.add(upperBound(list, n.key()), n);
            }
            out.put(b, list.isEmpty() ? null : List.copyOf(list));
        }
        return out;
    }

    private static int upperBound(List<Node> list, String key) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (list.get(mid).key().compareTo(key) <= 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
