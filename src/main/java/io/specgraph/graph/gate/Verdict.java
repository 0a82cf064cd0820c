package io.specgraph.graph.gate;

/** A gate's verdict for one node. */
public enum Verdict {
    PASS("pass"),
    FAIL("fail"),
    NA("n/a");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
