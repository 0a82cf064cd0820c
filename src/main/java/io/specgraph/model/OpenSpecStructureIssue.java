package io.specgraph.model;

import java.util.Objects;

/**
 * A structural problem OpenSpec finds in a main spec ({@code findMainSpecStructureIssues}).
 *
 * @param kind         what is wrong
 * @param line         1-based line of the offending heading
 * @param header       the heading line, trimmed
 * @param previousLine for {@link Kind#DUPLICATE_REQUIREMENT}, the line declaring the name first; else 0
 */
public record OpenSpecStructureIssue(Kind kind, int line, String header, int previousLine) {

    /** The three structure problems. */
    public enum Kind {
        /** {@code ## ADDED|MODIFIED|REMOVED|RENAMED Requirements} in a main spec. */
        DELTA_HEADER,
        /** A {@code ### Requirement:} heading outside {@code ## Requirements}. */
        REQUIREMENT_OUTSIDE,
        /** A {@code ### Requirement:} name declared twice. */
        DUPLICATE_REQUIREMENT
    }

    public OpenSpecStructureIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(header, "header");
    }
}
