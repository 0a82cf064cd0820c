package io.specgraph.engine.view.trace;

import io.specgraph.engine.view.NaturalOrder;
import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One node as a board shows it: identity, title, status and gate health.
 *
 * @param key    {@code repo/id}
 * @param id     the id
 * @param repo   the repo
 * @param kind   the kind
 * @param title  the title
 * @param status the status as written, or null
 * @param state  the lifecycle state, or null when the status maps to none
 * @param health findings and failing gates
 */
public record SpecEntry(String key, String id, String repo, NodeKind kind, String title, String status,
                        LifecycleState state, Health health) {

    /** By repo, then id in natural order ({@code SPEC-2} before {@code SPEC-10}). */
    public static final Comparator<SpecEntry> BY_REPO_AND_ID = Comparator.comparing(SpecEntry::repo)
            .thenComparing(SpecEntry::id, NaturalOrder.INSTANCE);

    /** By id in natural order, then repo. */
    public static final Comparator<SpecEntry> BY_ID = Comparator.comparing(SpecEntry::id, NaturalOrder.INSTANCE)
            .thenComparing(SpecEntry::repo);

    public SpecEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? id : title;
        health = health == null ? Health.CLEAN : health;
    }

    public static SpecEntry of(Node n, HealthIndex health) {
        return new SpecEntry(n.key(), n.id(), n.repo(), n.kind(), n.title(), n.status(), n.state(),
                health.of(n.key()));
    }

    /** The lifecycle state's label, else the raw status, else an empty string. */
    public String stateLabel() {
        if (state != null) {
            return state.label();
        }
        return status == null ? "" : status;
    }

    /** {@code SPEC-CART-01 (Implementing, ok)}: how a cell names the spec in text (CSV, tooltips). */
    public String shortText() {
        String s = stateLabel();
        String h = health.level().name().toLowerCase(Locale.ROOT);
        return id + " (" + (s.isEmpty() ? "no status" : s) + ", " + h + ")";
    }
}
