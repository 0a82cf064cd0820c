package io.specgraph.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sorted array map keeps its keys in order through any batch of changes, and never changes once made. */
class SortedArrayMapTest {

    @Test
    void keepsKeysInOrderLikeATreeMapThroughRandomBatchesAndEarlierMapsStayAsTheyWere() {
        Random r = new Random(11);
        TreeMap<String, Integer> expected = new TreeMap<>();
        SortedArrayMap<Integer> map = SortedArrayMap.empty();
        List<SortedArrayMap<Integer>> maps = new ArrayList<>();
        List<TreeMap<String, Integer>> copies = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            Map<String, Integer> changes = new HashMap<>();
            int n = step % 40 == 0 ? 200 : 1 + r.nextInt(6);
            for (int i = 0; i < n; i++) {
                String k = "cart/SPEC-" + r.nextInt(300);
                changes.put(k, r.nextInt(3) == 0 ? null : r.nextInt(1000));
            }
            map = map.with(changes);
            changes.forEach((k, v) -> {
                if (v == null) {
                    expected.remove(k);
                } else {
                    expected.put(k, v);
                }
            });
            assertSame(map, expected);
            maps.add(map);
            copies.add(new TreeMap<>(expected));
        }
        for (int i = 0; i < maps.size(); i++) {
            assertSame(maps.get(i), copies.get(i));
        }
    }

    @Test
    void noChangesGiveTheSameMapAndRemovingAMissingKeyChangesNothing() {
        SortedArrayMap<Integer> map = SortedArrayMap.<Integer>empty().with(Map.of("b", 2, "a", 1));
        assertThat(map.with(Map.of())).isSameAs(map);
        Map<String, Integer> removeC = new HashMap<>();
        removeC.put("c", null);
        assertThat(map.with(removeC)).isEqualTo(Map.of("a", 1, "b", 2)).hasSize(2);
    }

    @Test
    void readsNoOtherKeyTypeAndItsValueListCannotBeChanged() {
        SortedArrayMap<Integer> map = SortedArrayMap.<Integer>empty().with(Map.of("a", 1));
        assertThat(map.get(1)).isNull();
        assertThat(map.containsKey(null)).isFalse();
        assertThatThrownBy(() -> map.valueList().add(2)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
    }

    private static void assertSame(SortedArrayMap<Integer> map, TreeMap<String, Integer> expected) {
        assertThat(map.size()).isEqualTo(expected.size());
        assertThat(new ArrayList<>(map.keySet())).containsExactlyElementsOf(expected.keySet());
        assertThat(map.valueList()).containsExactlyElementsOf(expected.values());
        assertThat(map).isEqualTo(expected);
        for (int i = 0; i < 300; i++) {
            String k = "cart/SPEC-" + i;
            assertThat(map.get(k)).isEqualTo(expected.get(k));
            assertThat(map.containsKey(k)).isEqualTo(expected.containsKey(k));
        }
    }
}
