package io.specgraph.graph.gate.openspec;

import io.specgraph.graph.gate.ItemCheck;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Node;

/** Placeholder while the OpenSpec validator is written: validates nothing. */
public final class OpenSpecValidator implements ItemCheck {

    @Override
    public Item validate(Node node, RuleContext ctx) {
        return null;
    }
}
