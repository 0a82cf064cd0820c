package io.specgraph.engine.view.graph;

import io.specgraph.engine.view.Health;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;

import java.util.Objects;

/**
 * A node as a view shows it: one spec-graph node, or a collapsed group of them.
 *
 * @param key     the node key ({@code repo/id}), or a group key ({@code group:repo:cart})
 * @param label   the short text drawn on it (the id, or the group name)
 * @param title   the longer text (the title, or "cart: 42 nodes")
 * @param kind    its kind; for a group the top-most kind of its members (it decides the group's layer)
 * @param repo    its repo; for a group the repo of its first member
 * @param state   its lifecycle state, or null (always null for groups)
 * @param health  its health; for a group the sum of its members' (worst level wins)
 * @param members 0 for a node, the member count for a group
 * @param focus   true for the focused node
 * @param onPath  true when it lies on the highlighted path
 */
public record VisibleNode(String key, String label, String title, NodeKind kind, String repo, LifecycleState state,
                         Health health, int members, boolean focus, boolean onPath) {

    /** Prefix of group keys. */
    public static final String GROUP_PREFIX = "group:";

    public VisibleNode {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? label : title;
        repo = repo == null ? "" : repo;
        health = health == null ? Health.CLEAN : health;
    }

    public boolean group() {
        return members > 0;
    }

    public Health.Level level() {
        return health.level();
    }

    public static boolean isGroupKey(String key) {
        return key != null && key.startsWith(GROUP_PREFIX);
    }
}
