package io.specgraph.ui.common;

import java.util.List;
import java.util.Objects;

/**
 * Something the user can do to one node from the inspector or the command palette (fan out a platform spec, approve
 * an ADR, archive an OpenSpec change …).
 *
 * @param label what the button and the palette entry say
 * @param icon  an Ikonli icon literal, or null
 * @param run   what it does (on the FX thread; dialogs ask before they write)
 */
public record NodeAction(String label, String icon, Runnable run) {

    public NodeAction {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(run, "run");
    }

    /** The actions offered for a node. */
    @FunctionalInterface
    public interface Source {

        /** No actions for any node. */
        Source NONE = key -> List.of();

        /** The actions for the node with {@code nodeKey} in the current snapshot (empty when none apply). */
        List<NodeAction> actions(String nodeKey);
    }
}
