package io.specgraph.graph;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The node half of an incremental graph build, step for step what {@link GraphBuilder} does: per repo, the nodes
 * read (in unit order) get unique ids ({@link DuplicateIds}, per repo); spec-kit features that another feature of
 * their repo implements become platform specs; statuses map to lifecycle states (LC1). A node read again, renamed
 * or whose kind or state changed is <em>changed</em>; every other node keeps its instance. Not thread-safe.
 */
final class LiveNodes {

    private final GraphBuilder builder;
    private final Map<String, List<Node>> raw = new HashMap<>();
    private final Map<String, List<Node>> deduped = new HashMap<>();
    private final Map<String, Node> dedupedByKey = new HashMap<>();
    private SortedArrayMap<Node> finals = SortedArrayMap.empty();
    private final Map<String, Set<String>> implemented = new HashMap<>();
    private final Map<String, Integer> implementedCount = new HashMap<>();

    LiveNodes(GraphBuilder builder) {
        this.builder = builder;
    }

    /** The graph's nodes by key, in key order (immutable). */
    SortedArrayMap<Node> finals() {
        return finals;
    }

    Node get(String key) {
        return finals.get(key);
    }

    /** The node under {@code key} after unique ids, before kinds and states (null when none). */
    Node deduped(String key) {
        return dedupedByKey.get(key);
    }

    /**
     * Replaces the nodes read from {@code repo}; returns the keys whose node (after unique ids) appeared, went or
     * is new. A node read before keeps its instance when its id stays.
     */
    Set<String> replaceRepo(String repo, List<Node> nodes, FindingSources sources) {
        List<Node> oldRaw = raw.getOrDefault(repo, List.of());
        List<Node> oldDeduped = deduped.getOrDefault(repo, List.of());
        Map<Node, Node> before = new IdentityHashMap<>();
        for (int i = 0; i < oldRaw.size(); i++) {
            before.put(oldRaw.get(i), oldDeduped.get(i));
        }
        List<Finding> duplicates = new ArrayList<>();
        List<Node> next = DuplicateIds.resolve(nodes, duplicates);
        Set<String> changed = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < next.size(); i++) {
            Node n = next.get(i);
            Node was = before.get(nodes.get(i));
            if (was != null && was.id().equals(n.id())) {
                next.set(i, was);
            } else {
                changed.add(n.key());
            }
            keys.add(n.key());
        }
        for (Node o : oldDeduped) {
            if (!keys.contains(o.key())) {
                changed.add(o.key());
                dedupedByKey.remove(o.key());
            }
        }
        for (Node n : next) {
            dedupedByKey.put(n.key(), n);
        }
        raw.put(repo, List.copyOf(nodes));
        deduped.put(repo, next);
        sources.replace("dup:" + repo, duplicates);
        return changed;
    }

    /**
     * Resolves the {@code implements} of the spec-kit implementers among {@code keys} again with {@code resolver}
     * (over the nodes after unique ids; kinds play no part in it) and returns the nodes whose being implemented
     * changed: their kind may change.
     */
    Set<String> reimplement(Collection<String> keys, Resolver resolver) {
        Set<String> flips = new HashSet<>();
        for (String k : keys) {
            Set<String> old = implemented.remove(k);
            Node d = dedupedByKey.get(k);
            Set<String> now = d != null && GraphBuilder.isImplementer(d) ? GraphBuilder.implementedBy(d, resolver)
                    : Set.of();
            if (!now.isEmpty()) {
                implemented.put(k, now);
            }
            for (String t : old == null ? Set.<String>of() : old) {
                if (!now.contains(t) && implementedCount.merge(t, -1, Integer::sum) == 0) {
                    implementedCount.remove(t);
                    flips.add(t);
                }
            }
            for (String t : now) {
                if ((old == null || !old.contains(t)) && implementedCount.merge(t, 1, Integer::sum) == 1) {
                    flips.add(t);
                }
            }
        }
        return flips;
    }

    /**
     * Makes the graph node of each key from its node after unique ids (kind, state; LC1). Returns the keys whose
     * graph node changed: every key of {@code reread}, and the others whose kind or state moved.
     */
    Set<String> process(Collection<String> keys, Set<String> reread, FindingSources sources) {
        Map<String, Node> changes = new HashMap<>();
        for (String k : keys) {
            Node d = dedupedByKey.get(k);
            Node old = finals.get(k);
            if (d == null) {
                if (old != null) {
                    changes.put(k, null);
                }
                sources.replace("lc1:" + k, List.of());
                continue;
            }
            List<Finding> lc1 = new ArrayList<>(0);
            Node f = builder.mapState(GraphBuilder.refined(d, implementedCount.containsKey(k)), lc1);
            if (old != null && !reread.contains(k) && old.kind() == f.kind() && old.state() == f.state()) {
                continue;
            }
            changes.put(k, f);
            sources.replace("lc1:" + k, lc1);
        }
        finals = finals.with(changes);
        return changes.keySet();
    }
}
