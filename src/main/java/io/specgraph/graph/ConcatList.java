package io.specgraph.graph;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * An immutable list that is the concatenation of immutable chunks, made in time proportional to the number of
 * chunks: a snapshot after an edit shares every chunk the edit did not touch (the findings of one file, the edges
 * of one node) instead of copying every element. Element access is a binary search over the chunks' ends (the
 * first chunk ending after the index, so empty chunks are passed over).
 */
public final class ConcatList<T> extends AbstractList<T> implements RandomAccess {

    private final List<? extends T>[] chunks;
    private final int[] ends;
    private final int size;

    private ConcatList(List<? extends T>[] chunks, int[] ends) {
        this.chunks = chunks;
        this.ends = ends;
        this.size = ends.length == 0 ? 0 : ends[ends.length - 1];
    }

    /** The concatenation of {@code chunks}, each of which must never change afterwards (empty ones are skipped). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static <T> List<T> of(Collection<? extends List<? extends T>> chunks) {
        List<List<? extends T>> kept = new ArrayList<>(chunks.size());
        for (List<? extends T> c : chunks) {
            if (!c.isEmpty()) {
                kept.add(c);
            }
        }
        if (kept.isEmpty()) {
            return List.of();
        }
        int[] ends = new int[kept.size()];
        int n = 0;
        for (int i = 0; i < ends.length; i++) {
            n += kept.get(i).size();
            ends[i] = n;
        }
        return new ConcatList<>(kept.toArray(new List[0]), ends);
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] > index) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return chunks[lo].get(index - (lo == 0 ? 0 : ends[lo - 1]));
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Object[] toArray() {
        Object[] out = new Object[size];
        int at = 0;
        for (List<? extends T> c : chunks) {
            Object[] part = c.toArray();
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private int chunk;
            private Iterator<? extends T> it = chunks.length == 0 ? null : chunks[0].iterator();

            @Override
            public boolean hasNext() {
                while (it != null && !it.hasNext()) {
                    chunk++;
                    it = chunk < chunks.length ? chunks[chunk].iterator() : null;
                }
                return it != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return it.next();
            }
        };
    }
}
