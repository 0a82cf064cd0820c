package io.specgraph.git;

/**
 * A git operation that failed, with a message a user can act on (what failed, why, what to do) and the kind of
 * {@link Fault}. The working tree is left as it was.
 */
public final class GitException extends Exception {

    private static final long serialVersionUID = 1L;

    private final Fault fault;

    public GitException(String message, Throwable cause) {
        this(message, Fault.OTHER, cause);
    }

    public GitException(String message, Fault fault, Throwable cause) {
        super(message, cause);
        this.fault = fault;
    }

    /** What kind of failure this is. */
    public Fault fault() {
        return fault;
    }
}
