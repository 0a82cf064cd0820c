package io.specgraph.engine.view.review;

import io.specgraph.engine.view.Health;
import io.specgraph.model.NodeKind;

import java.util.Objects;

/**
 * A node an ADR blocks or governs, with its gate health.
 *
 * @param key    its node key
 * @param id     its id
 * @param kind   its kind
 * @param title  its title
 * @param status its lifecycle state, else raw status, else {@code ""}
 * @param health its findings and failing gates
 */
public record LinkedSpec(String key, String id, NodeKind kind, String title, String status, Health health) {

    public LinkedSpec {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? "" : title;
        status = status == null ? "" : status;
        Objects.requireNonNull(health, "health");
    }
}
