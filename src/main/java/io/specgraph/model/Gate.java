package io.specgraph.model;

/** The five gates of the operating model (gates.md §1). */
public enum Gate {
    CONTEXT_COMPLETENESS("context-completeness"),
    DOMAIN_VALIDITY("domain-validity"),
    INTEGRATION_SAFETY("integration-safety"),
    NFR_COMPLIANCE("nfr-compliance"),
    READY_TO_IMPLEMENT("ready-to-implement");

    private final String label;

    Gate(String label) {
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
