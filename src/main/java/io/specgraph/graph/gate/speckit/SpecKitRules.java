package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.Rule;

import java.util.List;

/** The spec-kit format rules. */
public final class SpecKitRules {

    private SpecKitRules() {
    }

    public static List<Rule> all() {
        return List.of();
    }
}
