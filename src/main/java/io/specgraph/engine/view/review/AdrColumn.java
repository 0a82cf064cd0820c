package io.specgraph.engine.view.review;

import io.specgraph.model.LifecycleState;

/** The ADR board's columns, left to right: the ADR lifecycle (gates.md §3), then ADRs with no known state. */
public enum AdrColumn {
    PROPOSED("Proposed"),
    IN_REVIEW("In Review"),
    /** Approved; Accepted, Implemented, Decided … map here. */
    APPROVED("Approved"),
    REJECTED("Rejected"),
    SUPERSEDED("Superseded"),
    DEPRECATED("Deprecated"),
    /** No status, or one that maps to no ADR state. */
    UNKNOWN("No known status");

    private final String label;

    AdrColumn(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The column of an ADR in {@code state} (null or a non-ADR state: {@link #UNKNOWN}). */
    public static AdrColumn of(LifecycleState state) {
        if (state == null) {
            return UNKNOWN;
        }
        return switch (state) {
            case PROPOSED -> PROPOSED;
            case IN_REVIEW -> IN_REVIEW;
            case APPROVED -> APPROVED;
            case REJECTED -> REJECTED;
            case SUPERSEDED -> SUPERSEDED;
            case DEPRECATED -> DEPRECATED;
            default -> UNKNOWN;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
