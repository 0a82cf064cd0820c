package io.specgraph.model;

/** The document layouts Specgraph reads (model.md §1). One repo may hold several. */
public enum Layout {
    SEED_PLATFORM("seed-platform"),
    SEED_COMPONENT("seed-component"),
    SPEC_KIT("spec-kit"),
    OPENSPEC("openspec"),
    ADR("adr");

    private final String label;

    Layout(String label) {
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
