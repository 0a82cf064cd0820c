package io.specgraph.engine.view.workflow;

import io.specgraph.model.LifecycleState;

/** A step of the ADR lifecycle the ADR board offers (gates.md §3: Proposed → In Review → Approved | Rejected). */
public enum AdrAction {
    TO_REVIEW("Move to In Review", LifecycleState.IN_REVIEW),
    APPROVE("Approve", LifecycleState.APPROVED),
    REJECT("Reject", LifecycleState.REJECTED),
    SUPERSEDE("Supersede with…", LifecycleState.SUPERSEDED);

    private final String label;
    private final LifecycleState target;

    AdrAction(String label, LifecycleState target) {
        this.label = label;
        this.target = target;
    }

    /** The menu text. */
    public String label() {
        return label;
    }

    /** The state the ADR moves to. */
    public LifecycleState target() {
        return target;
    }
}
