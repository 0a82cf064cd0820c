package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import io.specgraph.graph.gate.Keywords;

import java.util.List;

/** NF2: PII handling is stated: the spec mentions "PII" or "personal data" (an explicit "no PII" counts). */
public final class NF2PiiStated extends AbstractRule {

    public NF2PiiStated() {
        super("NF2", Gate.NFR_COMPLIANCE, Severity.ERROR, SPECS, "PII handling is stated");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        if (ctx.mentions(node, Keywords.PII) || ctx.mentions(node, Keywords.PERSONAL_DATA)) {
            return;
        }
        out.add(finding(node, "", 0, 0, node.id() + " does not say how it handles PII",
                "state the PII it stores, logs or forwards and how (or 'no PII'), per the Platform MCP security policy"));
    }
}
