package io.specgraph.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A concatenation of chunks reads like the flattened list, whatever the chunks and empty ones among them. */
class ConcatListTest {

    @Test
    void readsLikeTheFlattenedListByIndexIterationAndArray() {
        Random r = new Random(3);
        for (int round = 0; round < 200; round++) {
            List<List<Integer>> chunks = new ArrayList<>();
            List<Integer> flat = new ArrayList<>();
            int count = r.nextInt(12);
            for (int c = 0; c < count; c++) {
                List<Integer> chunk = new ArrayList<>();
                int size = r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(5);
                for (int i = 0; i < size; i++) {
                    int v = r.nextInt(100);
                    chunk.add(v);
                    flat.add(v);
                }
                chunks.add(List.copyOf(chunk));
            }
            List<Integer> list = ConcatList.of(chunks);
            assertThat(list).hasSize(flat.size()).isEqualTo(flat).containsExactlyElementsOf(flat);
            for (int i = 0; i < flat.size(); i++) {
                assertThat(list.get(i)).isEqualTo(flat.get(i));
            }
            assertThat(list.toArray()).containsExactly(flat.toArray());
            assertThat(list.hashCode()).isEqualTo(flat.hashCode());
        }
    }

    @Test
    void noChunksOrOnlyEmptyOnesMakeAnEmptyList() {
        assertThat(ConcatList.of(List.of())).isEmpty();
        assertThat(ConcatList.of(List.of(List.of(), List.of()))).isEmpty();
    }

    @Test
    void refusesIndexesOutsideAndChanges() {
        List<Integer> list = ConcatList.of(List.of(List.of(1, 2), List.of(), List.of(3)));
        assertThat(list).containsExactly(1, 2, 3);
        assertThatThrownBy(() -> list.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> list.add(4)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, 4)).isInstanceOf(UnsupportedOperationException.class);
        Iterator<Integer> it = list.iterator();
        it.next();
        it.next();
        it.next();
        assertThat(it.hasNext()).isFalse();
        assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
    }
}
