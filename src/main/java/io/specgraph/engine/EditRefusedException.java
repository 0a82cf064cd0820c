package io.specgraph.engine;

/** An edit Specgraph will not make (an illegal lifecycle transition, a status no lifecycle knows). */
public final class EditRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public EditRefusedException(String message) {
        super(message);
    }
}
