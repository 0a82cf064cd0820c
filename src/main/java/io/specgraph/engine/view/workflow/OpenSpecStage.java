package io.specgraph.engine.view.workflow;

import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecTaskFile;

import java.util.List;

/**
 * Where an OpenSpec change stands (seed 004's lifecycle), derived from its files alone, first match wins:
 * <ol>
 *   <li><b>archived</b> — the change folder is under {@code changes/archive/};</li>
 *   <li><b>verifying</b> — its tasks file has tasks and every one is checked ({@code [x]});</li>
 *   <li><b>implementing</b> — some tasks are checked;</li>
 *   <li><b>planned</b> — it has tasks, none checked ({@code design.md} is optional in OpenSpec's schema);</li>
 *   <li><b>specified</b> — it has a delta spec ({@code specs/<capability>/spec.md}), or declares
 *       {@code skip_specs: true};</li>
 *   <li><b>proposed</b> — anything else (a {@code proposal.md}, or nothing yet).</li>
 * </ol>
 * Tasks are counted as the {@code openspec} CLI counts them, in the file its schema tracks ({@code tasks.md}).
 */
public enum OpenSpecStage {
    PROPOSED("Proposed", "write the delta specs"),
    SPECIFIED("Specified", "write design.md and tasks.md"),
    PLANNED("Planned", "start the tasks"),
    IMPLEMENTING("Implementing", "finish the tasks"),
    VERIFYING("Verifying", "verify, then archive the change"),
    ARCHIVED("Archived", "none: its deltas are in the main specs");

    private final String label;
    private final String next;

    OpenSpecStage(String label, String next) {
        this.label = label;
        this.next = next;
    }

    public String label() {
        return label;
    }

    /** What moves the change on ({@code finish the tasks}). */
    public String next() {
        return next;
    }

    /** The stage of {@code change}, an OpenSpec {@code change} node. */
    public static OpenSpecStage of(Node change) {
        if (change.kind() != NodeKind.CHANGE) {
            throw new IllegalArgumentException(change.key() + " is not an OpenSpec change");
        }
        List<OpenSpecChange> c = change.parts().get(OpenSpecChange.class);
        if (!c.isEmpty() && c.get(0).archived()) {
            return ARCHIVED;
        }
        int total = total(change);
        int done = done(change);
        if (total > 0 && done == total) {
            return VERIFYING;
        }
        if (done > 0) {
            return IMPLEMENTING;
        }
        if (total > 0) {
            return PLANNED;
        }
        boolean deltas = change.parts().get(OpenSpecDelta.class).stream()
                .anyMatch(d -> d.file() == OpenSpecDelta.DeltaFile.CAPABILITY_SPEC);
        boolean skip = !c.isEmpty() && c.get(0).meta().skipSpecsMarker().declared();
        return deltas || skip ? SPECIFIED : PROPOSED;
    }

    /** {@code Implementing · 2/4 tasks · next: finish the tasks}. */
    public static String describe(Node change) {
        OpenSpecStage s = of(change);
        int total = total(change);
        return s.label + (total == 0 ? "" : " · " + done(change) + "/" + total + " tasks")
                + (s == ARCHIVED ? "" : " · next: " + s.next);
    }

    /** The tasks of the tracked task files (the CLI's progress), or of every task file when none is tracked. */
    static List<OpenSpecTaskFile> taskFiles(Node change) {
        List<OpenSpecTaskFile> files = change.parts().get(OpenSpecTaskFile.class);
        List<OpenSpecTaskFile> tracked = files.stream().filter(OpenSpecTaskFile::tracked).toList();
        return tracked.isEmpty() ? files : tracked;
    }

    static int total(Node change) {
        return taskFiles(change).stream().mapToInt(OpenSpecTaskFile::total).sum();
    }

    static int done(Node change) {
        return taskFiles(change).stream().mapToInt(OpenSpecTaskFile::completed).sum();
    }
}
