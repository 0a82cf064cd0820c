package io.specgraph.engine.view.review;

/** Which ADRs the board shows: all, global (platform repo) or local (component repos), seed 001 §1.6. */
public enum AdrScope {
    ALL("All"),
    GLOBAL("Global"),
    LOCAL("Local");

    private final String label;

    AdrScope(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True when a card that is {@code global} (or not) is in this scope. */
    public boolean includes(boolean global) {
        return this == ALL || (this == GLOBAL) == global;
    }

    @Override
    public String toString() {
        return label;
    }
}
