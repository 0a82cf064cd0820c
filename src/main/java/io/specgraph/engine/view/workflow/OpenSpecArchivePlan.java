package io.specgraph.engine.view.workflow;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What archiving an OpenSpec change will do, computed without writing: the main specs it updates, where the change
 * folder moves, what refuses it, and what needs the user's confirmation.
 *
 * @param changeKey   the change's node key
 * @param repo        its repo
 * @param name        the change's name
 * @param changeDir   the change folder, repo-relative
 * @param archiveDir  where it moves, repo-relative ({@code openspec/changes/archive/2026-03-01-<name>})
 * @param specs       the main specs to write, by capability
 * @param inputs      the files read (delta specs), repo-relative path → bytes, re-checked before writing
 * @param refusals    why it cannot be archived (empty when it can)
 * @param warnings    what archive reports without refusing
 * @param openTasks   tasks not checked yet (archive asks before going on, default No)
 * @param totalTasks  tasks in the tracked task file
 */
public record OpenSpecArchivePlan(String changeKey, String repo, String name, String changeDir, String archiveDir,
                                  List<OpenSpecSpecUpdate> specs, Map<String, byte[]> inputs, List<String> refusals,
                                  List<String> warnings, int openTasks, int totalTasks) {

    public OpenSpecArchivePlan {
        Objects.requireNonNull(changeKey, "changeKey");
        specs = List.copyOf(specs);
        inputs = Map.copyOf(inputs);
        refusals = List.copyOf(refusals);
        warnings = List.copyOf(warnings);
    }

    /** True when nothing refuses the archive (open tasks still need a confirmation). */
    public boolean ok() {
        return refusals.isEmpty();
    }

    /** True when archiving must be confirmed because tasks are open. */
    public boolean needsConfirmation() {
        return openTasks > 0;
    }

    /** {@code archive add-guest-quotes as 2026-03-01-add-guest-quotes; shipping-quotes: update (…)}. */
    public String message() {
        String as = archiveDir == null ? "" : archiveDir.substring(archiveDir.lastIndexOf('/') + 1);
        StringBuilder sb = new StringBuilder("archive " + name + " as " + as);
        specs.forEach(s -> sb.append("; ").append(s.summary()));
        return sb.toString();
    }
}
