package io.specgraph.graph;

import io.specgraph.model.Finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * A multiset of findings kept in {@link Finding#ORDER}, for lists that change a little after each edit: findings
 * sit in one bucket per file (repo, path), buckets in order, so adding or removing a finding costs a search in its
 * file's bucket and the full list is a concatenation. Not thread-safe; {@link #list()} is an immutable copy.
 */
public final class SortedFindings {

    private final TreeMap<String, List<Finding>> buckets = new TreeMap<>();
    private int size;
    private List<Finding> cached = List.of();
    private boolean dirty;

    public SortedFindings() {
    }

    public SortedFindings(Collection<Finding> findings) {
        add(findings);
    }

    /** Adds each finding (equal findings are kept as often as they are added). */
    public void add(Collection<Finding> findings) {
        for (Finding f : findings) {
            List<Finding> b = buckets.computeIfAbsent(bucket(f), k -> new ArrayList<>());
            int i = Collections.binarySearch(b, f, Finding.ORDER);
            b.add(i < 0 ? -i - 1 : i, f);
            size++;
            dirty = true;
        }
    }

    /** Removes one equal finding per finding given; a finding not held is an error (the caller's books are off). */
    public void remove(Collection<Finding> findings) {
        for (Finding f : findings) {
            String key = bucket(f);
            List<Finding> b = buckets.get(key);
            int i = b == null ? -1 : Collections.binarySearch(b, f, Finding.ORDER);
            if (i < 0) {
                throw new IllegalStateException("finding not held: " + f);
            }
            b.remove(i);
            if (b.isEmpty()) {
                buckets.remove(key);
            }
            size--;
            dirty = true;
        }
    }

    /** Every finding, in order (the same list until the next change). */
    public List<Finding> list() {
        if (dirty) {
            List<Finding> out = new ArrayList<>(size);
            for (List<Finding> b : buckets.values()) {
                out.addAll(b);
            }
            cached = Collections.unmodifiableList(out);
            dirty = false;
        }
        return cached;
    }

    public int size() {
        return size;
    }

    /** The findings about one file, in order. */
    public List<Finding> of(String repo, String path) {
        return List.copyOf(buckets.getOrDefault(repo + "\u0000" + path, List.of()));
    }

    /** Repo, then path: the first two keys of {@link Finding#ORDER} as one string key. */
    private static String bucket(Finding f) {
        return f.repo() + "\u0000" + f.path();
    }
}
