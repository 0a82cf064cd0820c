package io.specgraph.graph.gate.adr;

import io.specgraph.graph.gate.Rule;

import java.util.List;

/**
 * The ADR format rules (gates.md §4) that the ADR reader and the graph do not already report: the reader reports a
 * missing status (ADR1) and a duplicate number (ADR2), the graph a dangling or stale supersede link (LG1) and a
 * supersede cycle (LG4). Rule ids are documented in {@code docs/rules.md}.
 */
public final class AdrFormatRules {

    /** A supersede link the other ADR does not mirror. Warning. */
    public static final String UNMIRRORED = "ADR3";
    /** A supersede link to a URL outside the workspace, or to a node that is not an ADR. Info. */
    public static final String NOT_AN_ADR = "ADR4";
    /** A Superseded ADR that names no successor, and that no ADR says it supersedes. Warning. */
    public static final String NO_SUCCESSOR = "ADR5";

    private AdrFormatRules() {
    }

    public static List<Rule> all() {
        return List.of(new ADR3UnmirroredSupersede(), new ADR4SupersedeTarget(), new ADR5NoSuccessor());
    }
}
