package io.specgraph.engine.view.review;

import java.util.Objects;

/**
 * Another ADR named on a card (a supersession link).
 *
 * @param key    its node key
 * @param id     its id
 * @param column the column it sits in (its state)
 */
public record AdrRef(String key, String id, AdrColumn column) {

    public AdrRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(column, "column");
    }
}
