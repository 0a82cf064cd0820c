package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Severity;

import java.util.List;

/** IS2: a referenced contract lists its consumers, and the spec's component is among them. */
public final class IS2ConsumerListed extends AbstractRule {

    public IS2ConsumerListed() {
        super("IS2", Gate.INTEGRATION_SAFETY, Severity.ERROR, COMPONENT,
                "the contract lists its consumers, this component among them");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        String component = ctx.repo(node.repo()).map(RepoInfo::component).orElse(node.repo());
        for (Ref ref : ctx.refs(node, Keys.CONTRACTS_REFERENCED)) {
            ContractRef c = ContractRef.of(ctx, node, ref);
            Node contract = c.target() != null ? c.target() : (c.exists() ? io.specgraph.graph.Resolver.newestOf(c.versions()) : null);
            if (contract == null) {
                continue;
            }
            List<String> consumers = contract.meta().items(Keys.CONSUMERS);
            if (consumers.isEmpty()) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "contract " + contract.id()
                        + " lists no consumers", "add consumers: [...] to " + contract.repo() + "/" + contract.path()
                        + " (from the Integration MCP)"));
            } else if (consumers.stream().noneMatch(x -> x.strip().equalsIgnoreCase(component))) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "component " + component
                        + " is not a consumer of " + contract.id() + " (consumers: " + String.join(", ", consumers) + ")",
                        "add " + component + " to the consumers of " + contract.id() + " so its owner sees the impact"));
            }
        }
    }
}
