package io.specgraph.graph.gate.adr;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.AdrLink;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.List;

/**
 * ADR5: an ADR whose status says Superseded names its successor — in its own status ({@code Superseded by …}) or
 * through another ADR that says it supersedes this one. A bare "Superseded" that nothing explains is a broken
 * supersede link with no link at all. Reported at the status.
 */
final class ADR5NoSuccessor extends AbstractRule {

    ADR5NoSuccessor() {
        super(AdrFormatRules.NO_SUCCESSOR, null, Severity.WARNING, EnumSet.of(NodeKind.ADR),
                "a Superseded ADR names its successor");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        if (node.state() != LifecycleState.SUPERSEDED) {
            return;
        }
        boolean names = node.meta().has(Keys.SUPERSEDED_BY) || node.parts().get(AdrLink.class).stream()
                .anyMatch(l -> l.relation() == AdrRelation.SUPERSEDED_BY);
        if (names || !ctx.graph().incoming(node.key(), EdgeKind.SUPERSEDES).isEmpty()) {
            return;
        }
        out.add(at(node, node.meta().get(Keys.STATUS).orElse(null),
                node.id() + " is Superseded but names no successor, and no ADR says it supersedes " + node.id(),
                "write 'Superseded by [N. Title](NNNN-title.md)' in its status, or add 'Supersedes' to the ADR "
                        + "that replaced it"));
    }
}
