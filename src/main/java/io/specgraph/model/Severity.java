package io.specgraph.model;

/** How bad a finding is. {@code error} fails a gate; {@code --strict} also fails on {@code warning}. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
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
