package io.specgraph.graph.gate.adr;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.List;

/**
 * ADR4: a supersede link leads to an ADR of the workspace. Reported (as information: the decision is still
 * recorded, only not traceable in the graph) when the link is a URL — an ADR on another host, a discussion, an
 * issue — or when it resolves to a node that is not an ADR (a spec, a contract). A link that resolves to nothing
 * is LG1's.
 */
final class ADR4SupersedeTarget extends AbstractRule {

    ADR4SupersedeTarget() {
        super(AdrFormatRules.NOT_AN_ADR, null, Severity.INFO, EnumSet.of(NodeKind.ADR),
                "a supersede link leads to an ADR of the workspace");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        for (SupersedeLinks.Target t : SupersedeLinks.of(node, ctx)) {
            String where = t.link().linkTarget() != null ? t.link().linkTarget() : t.link().text();
            if (t.url()) {
                String readAs = t.node() == null ? "" : " (the graph reads it as " + SupersedeLinks.name(t.node(), node)
                        + " by its label)";
                out.add(finding(node, t.link().path(), t.link().line(), t.link().span().column(),
                        "supersede link of " + node.id() + " points outside the workspace: " + where + readAs,
                        "link the successor ADR's file when it is in the workspace; a discussion or issue belongs "
                                + "in the text (More Information), not in the status"));
            } else if (t.node() != null && t.node().kind() != NodeKind.ADR) {
                out.add(finding(node, t.link().path(), t.link().line(), t.link().span().column(),
                        "supersede link of " + node.id() + " points at " + t.node().kind().label() + " "
                                + SupersedeLinks.name(t.node(), node) + ", not an ADR",
                        "point the link at the ADR that replaced this one; link other documents from the text"));
            }
        }
    }
}
