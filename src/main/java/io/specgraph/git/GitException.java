package io.specgraph.git;

/** A git operation that failed, with a message a user can act on. The working tree is left as it was. */
public final class GitException extends Exception {

    private static final long serialVersionUID = 1L;

    public GitException(String message, Throwable cause) {
        super(message, cause);
    }
}
