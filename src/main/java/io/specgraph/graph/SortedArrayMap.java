package io.specgraph.graph;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable map with string keys in sorted order, over two arrays: lookups are binary searches, iteration is in
 * key order (node order, for node keys), and a batch of changes makes a new map in one pass over the arrays (a
 * copy of references, far cheaper than rebuilding an ordered map). Safe to share between threads.
 */
public final class SortedArrayMap<V> extends AbstractMap<String, V> {

    private static final SortedArrayMap<Object> EMPTY = new SortedArrayMap<>(new String[0], new Object[0]);

    private final String[] keys;
    private final Object[] values;

    private SortedArrayMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    public static <V> SortedArrayMap<V> empty() {
        return (SortedArrayMap<V>) EMPTY;
    }

    /** This map with {@code changes} applied: a null value removes the key. */
    public SortedArrayMap<V> with(Map<String, ? extends V> changes) {
        if (changes.isEmpty()) {
            return this;
        }
        List<String> changed = new ArrayList<>(changes.keySet());
        changed.sort(null);
        String[] k = new String[keys.length + changed.size()];
        Object[] v = new Object[k.length];
        int n = 0;
        int i = 0;
        for (String c : changed) {
            int at = Arrays.binarySearch(keys, i, keys.length, c);
            int upTo = at >= 0 ? at : -at - 1;
            System.arraycopy(keys, i, k, n, upTo - i);
            System.arraycopy(values, i, v, n, upTo - i);
            n += upTo - i;
            i = at >= 0 ? at + 1 : upTo;
            V value = changes.get(c);
            if (value != null) {
                k[n] = c;
                v[n++] = value;
            }
        }
        System.arraycopy(keys, i, k, n, keys.length - i);
        System.arraycopy(values, i, v, n, keys.length - i);
        n += keys.length - i;
        return new SortedArrayMap<>(n == k.length ? k : Arrays.copyOf(k, n), n == v.length ? v : Arrays.copyOf(v, n));
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        if (!(key instanceof String s)) {
            return null;
        }
        int i = Arrays.binarySearch(keys, s);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public int size() {
        return keys.length;
    }

    /** The values in key order, as an immutable list over this map's array. */
    public List<V> valueList() {
        return new AbstractList<>() {
            @Override
            @SuppressWarnings("unchecked")
            public V get(int index) {
                return (V) values[index];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }

    @Override
    public Set<Map.Entry<String, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, V>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keys.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<String, V> next() {
                        if (i >= keys.length) {
                            throw new NoSuchElementException();
                        }
                        int k = i++;
                        return new SimpleImmutableEntry<>(keys[k], (V) values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }
}
