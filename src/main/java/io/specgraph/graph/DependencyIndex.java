package io.specgraph.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who wants what ({@link Dependencies}): for each name, the keys of the nodes whose references or rules look it up,
 * and for each node what it wants (to take it out again when the node changes). Not thread-safe.
 */
final class DependencyIndex {

    private final Map<String, Set<String>> wantedBy = new HashMap<>();
    private final Map<String, Set<String>> wants = new HashMap<>();

    /** Sets what node {@code key} wants. */
    void set(String key, Set<String> names) {
        Set<String> old = wants.put(key, names);
        if (old != null) {
            for (String n : old) {
                if (!names.contains(n)) {
                    drop(n, key);
                }
            }
        }
        for (String n : names) {
            if (old == null || !old.contains(n)) {
                wantedBy.computeIfAbsent(n, k -> new HashSet<>()).add(key);
            }
        }
    }

    /** Forgets node {@code key}. */
    void remove(String key) {
        Set<String> old = wants.remove(key);
        if (old != null) {
            old.forEach(n -> drop(n, key));
        }
    }

    private void drop(String name, String key) {
        Set<String> s = wantedBy.get(name);
        if (s != null) {
            s.remove(key);
            if (s.isEmpty()) {
                wantedBy.remove(name);
            }
        }
    }

    /** The nodes that want any of {@code names}. */
    Set<String> dependents(Collection<String> names) {
        Set<String> out = new HashSet<>();
        for (String n : names) {
            Set<String> s = wantedBy.get(n);
            if (s != null) {
                out.addAll(s);
            }
        }
        return out;
    }
}
