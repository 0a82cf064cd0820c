package io.specgraph.engine.view.workflow;

import java.util.List;
import java.util.Objects;

/**
 * What one ADR workflow step will do, computed before anything is written: the file edits, notes about specs it
 * affects without editing them, or the reason it is refused (then there are no edits).
 *
 * @param action  the step
 * @param adrKey  the ADR's node key
 * @param adrId   the ADR's id
 * @param edits   the files to change, the ADR first
 * @param notes   what the step means for other documents ({@code SPEC-X stays Blocked: …}), for the confirmation
 * @param refusal why the step cannot be taken, or null
 */
public record AdrPlan(AdrAction action, String adrKey, String adrId, List<AdrFileEdit> edits, List<String> notes,
                      String refusal) {

    public AdrPlan {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(adrKey, "adrKey");
        Objects.requireNonNull(adrId, "adrId");
        edits = List.copyOf(edits);
        notes = List.copyOf(notes);
    }

    static AdrPlan refused(AdrAction action, String adrKey, String adrId, String why) {
        return new AdrPlan(action, adrKey, adrId, List.of(), List.of(), why);
    }

    /** True when the step can be applied. */
    public boolean ok() {
        return refusal == null;
    }

    /** The files it changes, {@code repo/path}, in edit order. */
    public List<String> files() {
        return edits.stream().map(AdrFileEdit::file).toList();
    }

    /**
     * The commit message part for the Changes view:
     * {@code ADR-100: status Proposed → Accepted; SPEC-PAY-02: status Blocked → Approved}.
     */
    public String message() {
        return String.join("; ", edits.stream().map(AdrFileEdit::summary).toList());
    }
}
