package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.Set;

/** A spec-kit format rule: no gate, and it applies only to nodes of the spec-kit layout of its kinds. */
abstract class SpecKitRule extends AbstractRule {

    /** The kinds a feature's main node may have (its spec, or its plan in a plan-only folder). */
    static final Set<NodeKind> FEATURE = EnumSet.complementOf(EnumSet.of(NodeKind.CONSTITUTION, NodeKind.DOMAIN,
            NodeKind.PLAN, NodeKind.TASKS));

    SpecKitRule(String id, Severity severity, Set<NodeKind> kinds, String summary) {
        super(id, null, severity, kinds, summary);
    }

    @Override
    public boolean appliesTo(Node node) {
        return node.layout() == Layout.SPEC_KIT && super.appliesTo(node);
    }
}
