package io.specgraph.graph;

import io.specgraph.model.Finding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph's findings by where they come from ({@code in:repo} what a repo's readers said, {@code dup:repo}
 * duplicate ids, {@code lc1:key}, {@code lg1:key}, {@code lg2:key} per node, {@code lg4:kind}, {@code drift:repo}),
 * so that an update replaces what it recomputed and the sorted list follows; what was removed and added since the
 * last {@link #drain} is kept for the layers above (which apply the policy to it).
 */
final class FindingSources {

    /** What changed in one update. */
    record Change(List<Finding> removed, List<Finding> added) {
    }

    private final Map<String, List<Finding>> bySource = new HashMap<>();
    private final SortedFindings sorted = new SortedFindings();
    private List<Finding> removed = new ArrayList<>();
    private List<Finding> added = new ArrayList<>();

    /** Sets the findings of {@code source} (empty: none). */
    void replace(String source, List<Finding> findings) {
        List<Finding> old = findings.isEmpty() ? bySource.remove(source) : bySource.put(source, List.copyOf(findings));
        List<Finding> was = old == null ? List.of() : old;
        if (was.equals(findings)) {
            return;
        }
        if (was.isEmpty() || findings.isEmpty()) {
            removed.addAll(was);
            added.addAll(findings);
            return;
        }
        Map<Finding, Integer> count = new HashMap<>();
        was.forEach(f -> count.merge(f, 1, Integer::sum));
        for (Finding f : findings) {
            Integer c = count.get(f);
            if (c == null) {
                added.add(f);
            } else if (c == 1) {
                count.remove(f);
            } else {
                count.put(f, c - 1);
            }
        }
        for (Finding f : was) {
            Integer c = count.get(f);
            if (c != null) {
                removed.add(f);
                if (c == 1) {
                    count.remove(f);
                } else {
                    count.put(f, c - 1);
                }
            }
        }
    }

    List<Finding> of(String source) {
        return bySource.getOrDefault(source, List.of());
    }

    /** Applies what changed since the last call to the sorted list and returns it. */
    Change drain() {
        Change c = new Change(removed, added);
        sorted.update(removed, added);
        removed = new ArrayList<>();
        added = new ArrayList<>();
        return c;
    }

    /** Every finding, in report order. */
    List<Finding> sorted() {
        return sorted.list();
    }
}
