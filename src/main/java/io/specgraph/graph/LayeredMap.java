package io.specgraph.graph;

import java.util.AbstractMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An immutable map that shares a large base with the map it was derived from and keeps its own changes in a small
 * overlay, so that a snapshot of the graph after an edit costs what the edit changed, not the size of the graph.
 * Deriving a map copies the overlay; when the overlay grows past {@value #FOLD} entries it is folded into a new
 * base. With a few changes per edit that is a copy of the base every few dozen edits, and a copy of at most
 * {@value #FOLD} entries otherwise. Values are never null. Safe to share between threads.
 */
final class LayeredMap<K, V> extends AbstractMap<K, V> {

    private static final Object REMOVED = new Object();
    private static final int FOLD = 256;

    private final Map<K, V> base;
    private final Map<K, Object> overlay;
    private final int size;

    private LayeredMap(Map<K, V> base, Map<K, Object> overlay, int size) {
        this.base = base;
        this.overlay = overlay;
        this.size = size;
    }

    /** A layered map over {@code base}, which the caller hands over and never changes again. */
    static <K, V> LayeredMap<K, V> of(Map<K, V> base) {
        if (base instanceof LayeredMap<K, V> l) {
            return l;
        }
        return new LayeredMap<>(base, Map.of(), base.size());
    }

    /** This map with {@code changes} applied: a null value removes the key. */
    LayeredMap<K, V> with(Map<K, V> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        Map<K, Object> next = new HashMap<>(overlay);
        int n = size;
        for (Map.Entry<K, V> e : changes.entrySet()) {
            boolean had = containsKey(e.getKey());
            if (e.getValue() == null) {
                if (had) {
                    n--;
                    next.put(e.getKey(), REMOVED);
                }
            } else {
                if (!had) {
                    n++;
                }
                next.put(e.getKey(), e.getValue());
            }
        }
        if (next.size() > FOLD) {
            return new LayeredMap<>(fold(next), Map.of(), n);
        }
        return new LayeredMap<>(base, next, n);
    }

    @SuppressWarnings("unchecked")
    private Map<K, V> fold(Map<K, Object> changes) {
        Map<K, V> out = new HashMap<>(base);
        for (Map.Entry<K, Object> e : changes.entrySet()) {
            if (e.getValue() == REMOVED) {
                out.remove(e.getKey());
            } else {
                out.put(e.getKey(), (V) e.getValue());
            }
        }
        return out;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        Object o = overlay.get(key);
        if (o != null) {
            return o == REMOVED ? null : (V) o;
        }
        return base.get(key);
    }

    @Override
    public V getOrDefault(Object key, V defaultValue) {
        V v = get(key);
        return v == null ? defaultValue : v;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return size;
    }

    /** A copy of the entries (for iteration, which the graph itself never needs). */
    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return java.util.Collections.unmodifiableMap(fold(overlay)).entrySet();
    }
}
