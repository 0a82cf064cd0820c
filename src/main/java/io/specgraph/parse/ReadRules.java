package io.specgraph.parse;

/**
 * Ids of the findings readers raise about files they cannot read as expected. Documented in {@code docs/rules.md}.
 */
public final class ReadRules {

    /** A reader failed on a document (a defect in Specgraph, reported instead of crashing). */
    public static final String READER_FAILED = "RD0";
    /** A file that cannot be read (permissions, I/O error). */
    public static final String UNREADABLE = "RD1";
    /** A file with binary content where text is expected. */
    public static final String BINARY = "RD2";
    /** A file that is not valid UTF-8. */
    public static final String NOT_UTF8 = "RD3";
    /** A folder where a file is expected. */
    public static final String FOLDER = "RD4";
    /** Front matter or a YAML/JSON document that does not parse. */
    public static final String BAD_YAML = "RD5";
    /** A file too large to read as a document. */
    public static final String TOO_LARGE = "RD6";
    /** A value of the wrong shape (a kind that is not a kind, a version that is not a version). */
    public static final String BAD_VALUE = "RD7";
    /** A repo in which no layout was detected (nothing was read). */
    public static final String NO_LAYOUT = "RD9";
    /** Two documents claim the same id in one repo. */
    public static final String DUPLICATE_ID = "RD8";

    private ReadRules() {
    }
}
