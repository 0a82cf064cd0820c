package io.specgraph.engine.view.packs;

/** A context pack action that cannot be done, with a message for the user. */
public final class PackRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public PackRefusedException(String message) {
        super(message);
    }
}
