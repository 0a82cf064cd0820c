package io.specgraph.engine.view.graph;

/** How a graph view folds nodes into collapsed groups. */
public enum GroupBy {
    /** By repo when more than {@link #AUTO_THRESHOLD} nodes are visible, else not at all. */
    AUTO("auto"),
    NONE("none"),
    REPO("repo"),
    DOMAIN("domain"),
    INITIATIVE("initiative");

    /** Above this many visible nodes {@link #AUTO} groups by repo. */
    public static final int AUTO_THRESHOLD = 300;

    private final String label;

    GroupBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What this means for a view of {@code visibleNodes} nodes: never {@link #AUTO}. */
    public GroupBy resolve(int visibleNodes) {
        if (this != AUTO) {
            return this;
        }
        return visibleNodes > AUTO_THRESHOLD ? REPO : NONE;
    }

    @Override
    public String toString() {
        return label;
    }
}
