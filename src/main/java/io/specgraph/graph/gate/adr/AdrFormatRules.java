package io.specgraph.graph.gate.adr;

import io.specgraph.graph.gate.Rule;

import java.util.List;

/** The ADR format rules. */
public final class AdrFormatRules {

    private AdrFormatRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
