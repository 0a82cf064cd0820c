package io.specgraph.ui.initiatives;

import io.specgraph.engine.view.Health;
import io.specgraph.model.NodeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One row of the initiatives tree, as plain data (no toolkit): an initiative, a platform spec, a repo group, a
 * component spec, work linked to the initiative directly, or a planned fan-out target without a spec.
 *
 * @param type     what the row is
 * @param label    the first column ({@code ECO-124 Guest Checkout}, {@code PLAT-124}, {@code cart})
 * @param title    the title column (may be empty)
 * @param nodeKey  the node it stands for, or null (repo groups, the group without initiative)
 * @param kind     the node kind for the icon, or null
 * @param status   the status column (lifecycle state or raw status; {@code missing} for a missing target)
 * @param health   gate health, or null when the row has none
 * @param progress 0..1, or -1 when the row shows no progress bar
 * @param specs    the specs column ({@code 15 specs · 3 Approved · …})
 * @param fanOut   the fan-out column ({@code 7 tasks → 3/3 repos}, {@code T010, T021})
 * @param children child rows
 */
public record BoardRow(Type type, String label, String title, String nodeKey, NodeKind kind, String status,
                       Health health, double progress, String specs, String fanOut, List<BoardRow> children) {

    /** What a row stands for. */
    public enum Type { INITIATIVE, PLATFORM_SPEC, REPO, COMPONENT_SPEC, LINKED, MISSING }

    public BoardRow {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        title = title == null ? "" : title;
        status = status == null ? "" : status;
        specs = specs == null ? "" : specs;
        fanOut = fanOut == null ? "" : fanOut;
        children = List.copyOf(children);
    }

    /** A copy with other children. */
    public BoardRow withChildren(List<BoardRow> newChildren) {
        return new BoardRow(type, label, title, nodeKey, kind, status, health, progress, specs, fanOut, newChildren);
    }

    /** The row's own text contains {@code needle} (lower case). */
    public boolean mentions(String needle) {
        return label.toLowerCase(Locale.ROOT).contains(needle) || title.toLowerCase(Locale.ROOT).contains(needle)
                || (nodeKey != null && nodeKey.toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Needs attention: a failing gate or error, or a planned target without spec. */
    public boolean isProblem() {
        return type == Type.MISSING || (health != null && health.level() == Health.Level.FAIL);
    }

    /**
     * This row pruned to what {@code keep} accepts: a row that matches keeps all its children; otherwise it stays
     * (with the matching part of its subtree) only when a descendant matches. Null when nothing matches.
     */
    public BoardRow prune(Predicate<BoardRow> keep) {
        if (keep.test(this)) {
            return this;
        }
        List<BoardRow> kept = children.stream().map(c -> c.prune(keep)).filter(Objects::nonNull).toList();
        return kept.isEmpty() ? null : withChildren(kept);
    }

    /** This row and every descendant, depth first. */
    public List<BoardRow> flatten() {
        List<BoardRow> out = new ArrayList<>();
        out.add(this);
        children.forEach(c -> out.addAll(c.flatten()));
        return out;
    }
}
