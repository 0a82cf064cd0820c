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
import java.util.stream.Collectors;

/** IS1: every contract a component spec references exists, at the referenced version when one is given. */
public final class IS1ContractExists extends AbstractRule {

    public IS1ContractExists() {
        super("IS1", Gate.INTEGRATION_SAFETY, Severity.ERROR, COMPONENT,
                "every referenced contract exists at the referenced version");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        for (Ref ref : ctx.refs(node, Keys.CONTRACTS_REFERENCED)) {
            ContractRef c = ContractRef.of(ctx, node, ref);
            if (!c.exists()) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "contract " + ref.raw()
                        + " does not exist in the workspace", "fix the contract id, or write a Contract Change Spec "
                        + "in the platform repo first"));
            } else if (ref.version() != null && c.target() == null) {
                String known = c.versions().stream().map(Node::version).filter(java.util.Objects::nonNull).sorted().collect(Collectors.joining(", "));
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "contract " + c.id() + " has no version "
                        + ref.version() + " (known: " + known + ")", "reference a published version"));
            }
        }
    }
}
