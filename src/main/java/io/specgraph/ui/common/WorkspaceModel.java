package io.specgraph.ui.common;

import io.specgraph.engine.Workspace;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The workspace snapshot every view shows. Snapshots are immutable; a new one (after a load, an edit or a file
 * change) replaces the old one on the UI thread and views recompute from it.
 */
public final class WorkspaceModel {

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    /** The current snapshot, or null before the first load. */
    public Workspace get() {
        return workspace.get();
    }

    /** Replaces the snapshot (UI thread). */
    public void set(Workspace snapshot) {
        workspace.set(snapshot);
    }
}
