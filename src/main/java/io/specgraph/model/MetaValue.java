package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One metadata value as read from a document, with the place it was read from so that an edit can be written
 * back exactly there.
 *
 * @param key       the canonical key ({@link Keys#canonical})
 * @param rawKey    the key as written ({@code Context Pack})
 * @param value     the value as written, trimmed (for a YAML list, its text form)
 * @param items     the value read as a list (empty for {@code []}, {@code none}, {@code -} or nothing)
 * @param source    where the value lives
 * @param path      the file holding the value, relative to the repo (a sidecar may differ from the node's file)
 * @param span      the value's text in that file ({@link Span#NONE} when derived)
 * @param itemSpans the text of each list item, when the value is a list written item by item
 */
public record MetaValue(String key, String rawKey, String value, List<String> items, MetaSource source,
                        String path, Span span, List<Span> itemSpans) {

    public MetaValue {
        Objects.requireNonNull(key, "key");
        rawKey = rawKey == null ? key : rawKey;
        value = value == null ? "" : value;
        items = List.copyOf(items);
        Objects.requireNonNull(source, "source");
        path = path == null ? "" : path;
        span = span == null ? Span.NONE : span;
        itemSpans = List.copyOf(itemSpans);
    }

    /** A value a reader derived (from a file name or heading) that is not written in any metadata. */
    public static MetaValue derived(String key, String value, String path) {
        return new MetaValue(key, key, value, ListValues.split(value), MetaSource.DERIVED, path, Span.NONE, List.of());
    }

    public int line() {
        return span.line();
    }

    public int column() {
        return span.column();
    }

    /** True when the value is written nowhere (derived) or is empty. */
    public boolean isBlank() {
        return value.isBlank() || ListValues.isEmptyMarker(value);
    }
}
