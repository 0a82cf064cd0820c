package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.Severity;

import java.util.List;

/** DV2: cross-domain interaction goes through versioned contracts: every contracts_referenced entry has a version. */
public final class DV2ContractsVersioned extends AbstractRule {

    public DV2ContractsVersioned() {
        super("DV2", Gate.DOMAIN_VALIDITY, Severity.ERROR, SPECS,
                "every referenced contract carries a version");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        for (Ref ref : ctx.refs(node, Keys.CONTRACTS_REFERENCED)) {
            if (ref.version() == null) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "contract " + ref.raw()
                        + " is referenced without a version", "pin the contract version, e.g. "
                        + (ref.id() == null ? ref.raw() : ref.id()) + " v2"));
            }
        }
    }
}
