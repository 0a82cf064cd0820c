package io.specgraph.engine.view.review;

import java.util.List;
import java.util.Set;

/** What kind of action a reviewer-queue row asks for, in the order the queue lists them. */
public enum ReviewCategory {
    /** A spec with a {@code blocked-by} edge to an ADR that is not Approved. */
    BLOCKED("Blocked by ADR"),
    /** An ADR that is Proposed, In Review, or whose status maps to no state. */
    AWAITING_DECISION("Awaiting decision"),
    /** A node for which one of the five gates fails (one row per gate). */
    FAILING_GATE("Failing gate"),
    /** A dangling, ambiguous, one-sided or cyclic link, or {@code spec-graph.json} drift. */
    LINK("Link problem"),
    /** A pin on an older context pack or contract version than the newest. */
    STALE_PIN("Stale pin");

    /** Rule ids whose findings are link problems (docs/rules.md: graph rules and ADR supersede links). */
    public static final Set<String> LINK_RULES = Set.of("LG1", "LG2", "LG3", "LG4", "ADR3", "ADR4", "ADR5");

    /** Rule ids whose findings are stale pins: IS4 (older contract version), LC4 (older pack after a pause). */
    public static final Set<String> STALE_RULES = Set.of("IS4", "LC4");

    private final String label;

    ReviewCategory(String label) {
        this.label = label;
    }

    /** The name shown in the category column and the filter. */
    public String label() {
        return label;
    }

    /** Every category, in queue order. */
    public static List<ReviewCategory> ordered() {
        return List.of(values());
    }

    @Override
    public String toString() {
        return label;
    }
}
