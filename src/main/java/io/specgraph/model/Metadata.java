package io.specgraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A document's metadata: canonical key → the first value read for it (model.md §3 read order). */
public final class Metadata {

    public static final Metadata EMPTY = new Metadata(Map.of());

    private final Map<String, MetaValue> values;

    private Metadata(Map<String, MetaValue> values) {
        this.values = values;
    }

    /** Keeps the first value per key, in the order given. */
    public static Metadata of(List<MetaValue> inReadOrder) {
        Map<String, MetaValue> map = new LinkedHashMap<>();
        for (MetaValue v : inReadOrder) {
            map.putIfAbsent(v.key(), v);
        }
        return new Metadata(Collections.unmodifiableMap(map));
    }

    public Optional<MetaValue> get(String key) {
        return Optional.ofNullable(values.get(Keys.canonical(key)));
    }

    /** The value's text, or null when the key is absent. */
    public String value(String key) {
        MetaValue v = values.get(Keys.canonical(key));
        return v == null ? null : v.value();
    }

    /** The value read as a list (empty when absent). */
    public List<String> items(String key) {
        MetaValue v = values.get(Keys.canonical(key));
        return v == null ? List.of() : v.items();
    }

    public boolean has(String key) {
        return values.containsKey(Keys.canonical(key));
    }

    public Map<String, MetaValue> asMap() {
        return values;
    }

    /** A copy with {@code value} added or replacing the one under the same key. */
    public Metadata with(MetaValue value) {
        Map<String, MetaValue> map = new LinkedHashMap<>(values);
        map.put(value.key(), value);
        return new Metadata(Collections.unmodifiableMap(map));
    }

    /** A copy with {@code value} added only when the key is absent. */
    public Metadata withDefault(MetaValue value) {
        if (values.containsKey(value.key())) {
            return this;
        }
        return with(value);
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
