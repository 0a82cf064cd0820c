package io.specgraph.ui.editor;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.edit.StatusChange;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.Optional;

/**
 * The editor's status: the node's status in the newest snapshot, the legal next states (each allowed or refused by
 * the gates) and the change itself as the smallest edit of the buffer ({@link StatusChange}).
 */
final class EditorStatus {

    private final StatusChange status = new StatusChange();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "currentStatus", "");

    /** Follows the node's status in a new snapshot. */
    void follow(Optional<Node> node) {
        current.set(node.map(n -> n.status() == null ? "" : n.status()).orElse(""));
    }

    List<StatusChange.Option> options(Workspace ws, Optional<Node> node) {
        return node.map(n -> status.options(ws, n)).orElse(List.of());
    }

    /** The buffer with the status set to {@code to}, or why not. */
    StatusChange.Outcome apply(Workspace ws, Optional<Node> node, byte[] buffer, LifecycleState to) {
        if (node.isEmpty()) {
            return new StatusChange.Outcome(null, "This document has no node to change the status of", List.of(), 0);
        }
        return status.apply(ws, node.get(), buffer, to);
    }

    ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }
}
