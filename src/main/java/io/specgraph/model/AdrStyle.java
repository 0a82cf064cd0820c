package io.specgraph.model;

/**
 * The template an ADR follows, guessed from its shape; it says where the ADR keeps its status (and so where a new
 * status is written).
 */
public enum AdrStyle {
    /** adr-tools: {@code # N. Title}, a {@code Date:} line and a {@code ## Status} section. */
    ADR_TOOLS,
    /** Michael Nygard's sections (Context, Decision, Status, Consequences) without the adr-tools header. */
    NYGARD,
    /** MADR: {@code Context and Problem Statement} / {@code Decision Outcome}; status in front matter (3, 4) or a
     * {@code * Status:} bullet (2). */
    MADR,
    /** None of these. */
    OTHER
}
