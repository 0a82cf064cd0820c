package io.specgraph.cli;

/** Exit codes (docs/cli.md). */
public final class ExitCodes {

    /** No failing finding (with --strict: no warning either). */
    public static final int OK = 0;
    /** Failing findings, or a refused edit. */
    public static final int FINDINGS = 1;
    /** Usage error, unreadable target or internal error. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
