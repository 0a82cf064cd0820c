package io.specgraph.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** A layered map reads like a plain map after any changes, folds its overlay, and never changes once made. */
class LayeredMapTest {

    @Test
    void readsLikeAPlainMapThroughRandomChangesAndFoldsAndEarlierMapsStayAsTheyWere() {
        Random r = new Random(7);
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            expected.put("k" + i, i);
        }
        LayeredMap<String, Integer> map = LayeredMap.of(new HashMap<>(expected));
        List<LayeredMap<String, Integer>> maps = new ArrayList<>();
        List<Map<String, Integer>> copies = new ArrayList<>();
        for (int step = 0; step < 300; step++) {
            Map<String, Integer> changes = new HashMap<>();
            int n = step % 50 == 0 ? 300 : 1 + r.nextInt(8);
            for (int i = 0; i < n; i++) {
                String k = "k" + r.nextInt(400);
                Integer v = r.nextInt(4) == 0 ? null : r.nextInt(1000);
                changes.put(k, v);
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
            copies.add(new HashMap<>(expected));
        }
        for (int i = 0; i < maps.size(); i++) {
            assertSame(maps.get(i), copies.get(i));
        }
    }

    @Test
    void removingAKeyItDoesNotHoldChangesNothing() {
        LayeredMap<String, Integer> map = LayeredMap.of(new HashMap<>(Map.of("a", 1)));
        Map<String, Integer> removeB = new HashMap<>();
        removeB.put("b", null);
        LayeredMap<String, Integer> next = map.with(removeB);
        assertThat(next.size()).isEqualTo(1);
        assertThat(next).isEqualTo(Map.of("a", 1));
        assertThat(map.with(Map.of())).isSameAs(map);
    }

    @Test
    void aKeyRemovedAndPutBackIsThereOnce() {
        LayeredMap<String, Integer> map = LayeredMap.of(new HashMap<>(Map.of("a", 1, "b", 2)));
        Map<String, Integer> removeA = new HashMap<>();
        removeA.put("a", null);
        LayeredMap<String, Integer> gone = map.with(removeA);
        assertThat(gone.get("a")).isNull();
        assertThat(gone.containsKey("a")).isFalse();
        assertThat(gone.getOrDefault("a", 9)).isEqualTo(9);
        LayeredMap<String, Integer> back = gone.with(Map.of("a", 3));
        assertThat(back).isEqualTo(Map.of("a", 3, "b", 2)).hasSize(2);
        assertThat(LayeredMap.of(back)).isSameAs(back);
    }

    private static void assertSame(LayeredMap<String, Integer> map, Map<String, Integer> expected) {
        assertThat(map.size()).isEqualTo(expected.size());
        assertThat(map).isEqualTo(expected);
        for (int i = 0; i < 400; i++) {
            String k = "k" + i;
            assertThat(map.get(k)).isEqualTo(expected.get(k));
            assertThat(map.containsKey(k)).isEqualTo(expected.containsKey(k));
        }
    }
}
