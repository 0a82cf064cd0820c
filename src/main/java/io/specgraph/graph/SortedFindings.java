package io.specgraph.graph;

import io.specgraph.model.Finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A multiset of findings kept in {@link Finding#ORDER}, for lists that change a little after each edit: findings
 * sit in one immutable bucket per file (repo, path), buckets in order, so a change rebuilds only the buckets it
 * touches and the full list is a {@link ConcatList} of the buckets (made in time proportional to the number of
 * files, sharing every bucket). Not thread-safe; {@link #list()} is immutable.
 */
public final class SortedFindings {

    private SortedArrayMap<List<Finding>> buckets = SortedArrayMap.empty();
    private List<Finding> cached = List.of();
    private boolean dirty;

    public SortedFindings() {
    }

    public SortedFindings(Collection<Finding> findings) {
        add(findings);
    }

    /** Adds each finding (equal findings are kept as often as they are added). */
    public void add(Collection<Finding> findings) {
        update(List.of(), findings);
    }

    /**
     * Removes {@code removed} (one equal finding each; a finding not held is an error: the caller's books are off)
     * and adds {@code added}.
     */
    public void update(Collection<Finding> removed, Collection<Finding> added) {
        Map<String, List<Finding>> gone = byBucket(removed);
        Map<String, List<Finding>> come = byBucket(added);
        Set<String> touched = new HashSet<>(gone.keySet());
        touched.addAll(come.keySet());
        Map<String, List<Finding>> changes = new HashMap<>();
        for (String key : touched) {
            List<Finding> b = new ArrayList<>(buckets.getOrDefault(key, List.of()));
            for (Finding f : gone.getOrDefault(key, List.of())) {
                int i = Collections.binarySearch(b, f, Finding.ORDER);
                if (i < 0) {
                    throw new IllegalStateException("finding not held: " + f);
                }
                b.remove(i);
            }
            for (Finding f : come.getOrDefault(key, List.of())) {
                int i = Collections.binarySearch(b, f, Finding.ORDER);
                b.add(i < 0 ? -i - 1 : i, f);
            }
            changes.put(key, b.isEmpty() ? null : List.copyOf(b));
        }
        buckets = buckets.with(changes);
        dirty |= !changes.isEmpty();
    }

    private static Map<String, List<Finding>> byBucket(Collection<Finding> findings) {
        Map<String, List<Finding>> out = new HashMap<>();
        for (Finding f : findings) {
            out.computeIfAbsent(bucket(f), k -> new ArrayList<>()).add(f);
        }
        return out;
    }

    /** Every finding, in order (the same list until the next change). */
    public List<Finding> list() {
        if (dirty) {
            cached = ConcatList.of(buckets.valueList());
            dirty = false;
        }
        return cached;
    }

    /** Repo, then path: the first two keys of {@link Finding#ORDER} as one string key. */
    private static String bucket(Finding f) {
        return f.repo() + "\u0000" + f.path();
    }
}
