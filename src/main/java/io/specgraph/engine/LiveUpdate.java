package io.specgraph.engine;

import java.util.Set;

/**
 * What one {@link LiveWorkspace#update} did.
 *
 * @param workspace  the new snapshot (graph, gate report, findings), immutable
 * @param reparsed   keys of the nodes read again (new, gone, or from a unit that holds the file)
 * @param rechecked  keys of the nodes whose rules ran again
 * @param fullReload why the workspace was loaded from scratch instead, or null when the update was incremental
 */
public record LiveUpdate(Workspace workspace, Set<String> reparsed, Set<String> rechecked, String fullReload) {

    public LiveUpdate {
        reparsed = Set.copyOf(reparsed);
        rechecked = Set.copyOf(rechecked);
    }

    /** True when only the affected nodes were read and checked again. */
    public boolean incremental() {
        return fullReload == null;
    }
}
