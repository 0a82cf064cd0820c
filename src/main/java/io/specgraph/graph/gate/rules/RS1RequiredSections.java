package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.Text;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.List;

/** RS1: a node has every section the gates policy requires for its kind. */
public final class RS1RequiredSections extends AbstractRule {

    public RS1RequiredSections() {
        super("RS1", null, Severity.ERROR, EnumSet.allOf(NodeKind.class),
                "the node has the sections the policy requires for its kind");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        for (String section : ctx.policy().requiredSections().getOrDefault(node.kind(), List.of())) {
            String want = Text.name(section);
            if (node.content().heading(h -> Text.name(h.text()).equals(want)).isEmpty()) {
                out.add(finding(node, "", 0, 0, node.id() + " has no '" + section + "' section, which the gates policy "
                        + (ctx.policy().file().isEmpty() ? "" : "(" + ctx.policy().file() + ") ") + "requires for a "
                        + node.kind().label(), "add '## " + section + "' (the template shows what goes in it)"));
            }
        }
    }
}
