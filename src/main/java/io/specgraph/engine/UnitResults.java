package io.specgraph.engine;

import io.specgraph.graph.RepoInput;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.Unit;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * What each unit of one repo read to, in plan order: an immutable map (unit → result) over an array aligned with
 * the plan's units, so that a snapshot after re-reading one unit copies an array of references instead of a map,
 * and the repo's graph input is a concatenation in unit order.
 */
final class UnitResults extends AbstractMap<Unit, ReadResult> {

    private final RepoPlan plan;
    private final Map<Unit, Integer> index;
    private final ReadResult[] results;

    private UnitResults(RepoPlan plan, Map<Unit, Integer> index, ReadResult[] results) {
        this.plan = plan;
        this.index = index;
        this.results = results;
    }

    /** The results of {@code plan}'s units, taken from {@code read}. */
    static UnitResults of(RepoPlan plan, Map<Unit, ReadResult> read) {
        List<Unit> units = plan.units();
        Map<Unit, Integer> index = new IdentityHashMap<>(units.size());
        ReadResult[] results = new ReadResult[units.size()];
        for (int i = 0; i < results.length; i++) {
            index.put(units.get(i), i);
            results[i] = read.get(units.get(i));
        }
        return new UnitResults(plan, index, results);
    }

    /** These results with {@code changed} units (of the plan) read again. */
    UnitResults with(Map<Unit, ReadResult> changed) {
        ReadResult[] next = results.clone();
        changed.forEach((u, r) -> next[indexOf(u)] = r);
        return new UnitResults(plan, index, next);
    }

    /** The repo's graph input: its plan findings, then each unit's nodes and findings in unit order. */
    RepoInput input() {
        List<Node> nodes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(plan.findings());
        for (ReadResult r : results) {
            nodes.addAll(r.nodes());
            findings.addAll(r.findings());
        }
        return new RepoInput(plan.info(), nodes, findings, plan.graphFile());
    }

    private int indexOf(Object unit) {
        Integer i = index.get(unit);
        if (i != null) {
            return i;
        }
        List<Unit> units = plan.units();
        for (int k = 0; k < units.size(); k++) {
            if (units.get(k).equals(unit)) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public ReadResult get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : results[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public int size() {
        return results.length;
    }

    @Override
    public Set<Map.Entry<Unit, ReadResult>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<Unit, ReadResult>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < results.length;
                    }

                    @Override
                    public Map.Entry<Unit, ReadResult> next() {
                        if (i >= results.length) {
                            throw new NoSuchElementException();
                        }
                        int k = i++;
                        return new SimpleImmutableEntry<>(plan.units().get(k), results[k]);
                    }
                };
            }

            @Override
            public int size() {
                return results.length;
            }
        };
    }
}
