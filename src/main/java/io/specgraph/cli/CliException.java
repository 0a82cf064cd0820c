package io.specgraph.cli;

/** A command failure with a message for the user and the exit code to return. */
public final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(message, ExitCodes.USAGE);
    }

    public int exitCode() {
        return exitCode;
    }
}
