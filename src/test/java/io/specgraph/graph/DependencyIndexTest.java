package io.specgraph.graph;

import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The dependency index says who wants a name, after any sequence of wants set and nodes forgotten. */
class DependencyIndexTest {

    @Test
    void saysWhoWantsANameLikeAScanOfEveryNodesWantsThroughRandomChanges() {
        Random r = new Random(13);
        DependencyIndex index = new DependencyIndex();
        Map<String, Set<String>> wants = new HashMap<>();
        for (int step = 0; step < 500; step++) {
            String key = "n" + r.nextInt(30);
            if (r.nextInt(4) == 0) {
                index.remove(key);
                wants.remove(key);
            } else {
                Set<String> names = new HashSet<>();
                for (int i = r.nextInt(5); i > 0; i--) {
                    names.add("i:" + r.nextInt(20));
                }
                index.set(key, names);
                wants.put(key, names);
            }
            for (int i = 0; i < 20; i++) {
                String name = "i:" + i;
                assertThat(index.dependents(List.of(name))).as(name).isEqualTo(scan(wants, List.of(name)));
            }
            List<String> some = List.of("i:" + r.nextInt(20), "i:" + r.nextInt(20), "unknown");
            assertThat(index.dependents(some)).isEqualTo(scan(wants, some));
        }
    }

    @Test
    void newWantsReplaceTheOldAndAForgottenNodeWantsNothing() {
        DependencyIndex index = new DependencyIndex();
        index.set("a", Set.of("x", "y"));
        index.set("b", Set.of("y"));
        index.set("a", Set.of("y", "z"));
        assertThat(index.dependents(List.of("x"))).isEmpty();
        assertThat(index.dependents(List.of("y"))).containsExactlyInAnyOrder("a", "b");
        assertThat(index.dependents(List.of("z"))).containsExactly("a");
        index.remove("a");
        index.remove("nobody");
        assertThat(index.dependents(List.of("x", "y", "z"))).containsExactly("b");
    }

    private static Set<String> scan(Map<String, Set<String>> wants, Collection<String> names) {
        Set<String> out = new HashSet<>();
        wants.forEach((k, w) -> {
            if (w.stream().anyMatch(names::contains)) {
                out.add(k);
            }
        });
        return out;
    }
}
