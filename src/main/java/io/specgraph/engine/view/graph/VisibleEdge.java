package io.specgraph.engine.view.graph;

import io.specgraph.model.EdgeKind;

import java.util.Objects;

/**
 * An edge as a view shows it: one spec-graph edge, or several folded into one because an end is a collapsed group.
 *
 * @param from      the visible source key
 * @param to        the visible target key
 * @param kind      its kind; for an aggregate the kind most of its edges have
 * @param count     how many spec-graph edges it stands for (1 for a plain edge)
 * @param aggregate true when an end is a group
 * @param onPath    true when it lies on the highlighted path
 */
public record VisibleEdge(String from, String to, EdgeKind kind, int count, boolean aggregate, boolean onPath) {

    public VisibleEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        if (count < 1) {
            throw new IllegalArgumentException("count < 1");
        }
    }
}
