package io.specgraph.parse.adr;

/** Ids of the findings the ADR reader raises. Documented in {@code docs/rules.md}. */
public final class AdrRules {

    /** An ADR with no status anywhere (front matter, status bullet or line, {@code ## Status} section). Warning. */
    public static final String MISSING_STATUS = "ADR1";
    /** Two ADR files in one repo with the same number. Warning. */
    public static final String DUPLICATE_NUMBER = "ADR2";

    private AdrRules() {
    }
}
