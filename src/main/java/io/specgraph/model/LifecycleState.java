package io.specgraph.model;

/** Canonical lifecycle states of specs and ADRs (gates.md §3). The raw status text is always kept beside it. */
public enum LifecycleState {
    PLANNED("Planned"),
    DISCOVERY("Discovery"),
    DRAFT("Draft"),
    APPROVED("Approved"),
    IMPLEMENTING("Implementing"),
    DONE("Done"),
    PAUSED("Paused"),
    BLOCKED("Blocked"),
    PROPOSED("Proposed"),
    IN_REVIEW("In Review"),
    REJECTED("Rejected"),
    SUPERSEDED("Superseded"),
    DEPRECATED("Deprecated");

    private final String label;

    LifecycleState(String label) {
        this.label = label;
    }

    /** The display name, also the value written by {@code set status=…}. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
