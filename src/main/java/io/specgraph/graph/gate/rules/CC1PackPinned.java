package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.List;
import java.util.Optional;

/** CC1: the spec declares {@code context_pack} with an explicit version. */
public final class CC1PackPinned extends AbstractRule {

    public CC1PackPinned() {
        super("CC1", Gate.CONTEXT_COMPLETENESS, Severity.ERROR, SPECS,
                "the spec declares context_pack with an explicit version");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Optional<PackRefs> pack = PackRefs.of(node, ctx);
        if (pack.isEmpty()) {
            out.add(at(node, node.meta().get(Keys.CONTEXT_PACK).orElse(null),
                    node.id() + " declares no context pack",
                    "add context_pack: <pack id> <version> (e.g. cp-checkout v2) from the MCP Router"));
        } else if (pack.get().version() == null) {
            out.add(at(node, node.meta().get(Keys.CONTEXT_PACK).orElse(null),
                    "context pack " + pack.get().id() + " is not pinned to a version",
                    "write the version the spec was authored against, e.g. " + pack.get().id() + " v2"));
        }
    }
}
