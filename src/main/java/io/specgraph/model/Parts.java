package io.specgraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Structured pieces a reader found in a node's documents, by type: task lines, checklist items, fan-out tasks,
 * OpenSpec requirements. Readers add the types they know; rules ask for the ones they need.
 */
public final class Parts {

    public static final Parts EMPTY = new Parts(Map.of());

    private final Map<Class<?>, List<?>> byType;

    private Parts(Map<Class<?>, List<?>> byType) {
        this.byType = byType;
    }

    /** The pieces of {@code type}, in document order (empty when none). */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Class<T> type) {
        List<?> list = byType.get(type);
        return list == null ? List.of() : (List<T>) list;
    }

    /** A copy holding {@code items} as the pieces of {@code type}. */
    public <T> Parts with(Class<T> type, List<? extends T> items) {
        Map<Class<?>, List<?>> map = new LinkedHashMap<>(byType);
        if (items.isEmpty()) {
            map.remove(type);
        } else {
            map.put(type, List.copyOf(items));
        }
        return new Parts(Collections.unmodifiableMap(map));
    }

    public boolean isEmpty() {
        return byType.isEmpty();
    }
}
