package io.specgraph.engine.view.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One main spec an archive writes.
 *
 * @param capability the capability id
 * @param path       the main spec, repo-relative ({@code openspec/specs/<capability>/spec.md})
 * @param before     its bytes as read, or null when archive creates it
 * @param after      its bytes after the merge
 * @param added      requirements added
 * @param modified   requirements replaced with different text
 * @param removed    requirements removed
 * @param renamed    requirements renamed
 */
public record OpenSpecSpecUpdate(String capability, String path, byte[] before, byte[] after, int added, int modified,
                                 int removed, int renamed) {

    public OpenSpecSpecUpdate {
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(after, "after");
    }

    /** True when the spec does not exist yet. */
    public boolean created() {
        return before == null;
    }

    /** {@code shipping-quotes: update (+1 added, ~1 modified)}, as {@code openspec archive} lists it. */
    public String summary() {
        List<String> ops = new ArrayList<>();
        if (added > 0) {
            ops.add("+" + added + " added");
        }
        if (modified > 0) {
            ops.add("~" + modified + " modified");
        }
        if (removed > 0) {
            ops.add("-" + removed + " removed");
        }
        if (renamed > 0) {
            ops.add("→" + renamed + " renamed");
        }
        return capability + ": " + (created() ? "create" : "update")
                + (ops.isEmpty() ? " (already in sync)" : " (" + String.join(", ", ops) + ")");
    }
}
