package io.specgraph.engine;

/** A workspace that cannot be opened (missing folder, bad workspace file). The message is safe to show a user. */
public final class WorkspaceException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
