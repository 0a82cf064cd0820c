package io.specgraph.model;

import java.util.Locale;

/**
 * How an ADR points at another ADR in its status lines: adr-tools writes {@code Supercedes} / {@code Superceded by}
 * (its own spelling) and {@code Amends} / {@code Amended by}; {@code adr link} writes any other pair of words
 * ({@code Clarifies} / {@code Clarified by}), read as {@link #OTHER}.
 */
public enum AdrRelation {
    SUPERSEDES,
    SUPERSEDED_BY,
    AMENDS,
    AMENDED_BY,
    OTHER;

    /** The relation the other ADR should state (the mirror), or {@link #OTHER} when unknown. */
    public AdrRelation inverse() {
        return switch (this) {
            case SUPERSEDES -> SUPERSEDED_BY;
            case SUPERSEDED_BY -> SUPERSEDES;
            case AMENDS -> AMENDED_BY;
            case AMENDED_BY -> AMENDS;
            case OTHER -> OTHER;
        };
    }

    /**
     * The relation a label names, case-insensitively, in either spelling: {@code Superseded by}, {@code Superceded by},
     * {@code supersedes}, {@code Supercedes}, {@code Amends}, {@code Amended by}; anything else is {@link #OTHER}.
     */
    public static AdrRelation fromLabel(String label) {
        String l = label == null ? "" : label.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        l = l.replace("superced", "supersed");
        return switch (l) {
            case "supersedes", "superseeds" -> SUPERSEDES;
            case "superseded by", "superseded" -> SUPERSEDED_BY;
            case "amends" -> AMENDS;
            case "amended by" -> AMENDED_BY;
            default -> OTHER;
        };
    }
}
