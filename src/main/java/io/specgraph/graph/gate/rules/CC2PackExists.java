package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** CC2: the pinned context pack id and version exist as a context-pack node of the workspace. */
public final class CC2PackExists extends AbstractRule {

    public CC2PackExists() {
        super("CC2", Gate.CONTEXT_COMPLETENESS, Severity.ERROR, SPECS,
                "the pinned context pack and version exist in the workspace");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Optional<PackRefs> pack = PackRefs.of(node, ctx);
        if (pack.isEmpty() || pack.get().version() == null) {
            return;
        }
        var where = node.meta().get(Keys.CONTEXT_PACK).orElse(null);
        if (!ctx.hasContextPacks()) {
            out.add(at(node, where, "cannot verify context pack " + pack.get().id() + " " + pack.get().version()
                    + ": the workspace holds no context packs", "add the repo that keeps the packs (context/) to the "
                    + "workspace").withSeverity(Severity.WARNING));
            return;
        }
        List<Node> versions = ctx.packVersions(pack.get().id());
        if (versions.isEmpty()) {
            out.add(at(node, where, "context pack " + pack.get().id() + " does not exist in the workspace",
                    "fix the pack id, or generate the pack with the MCP Router"));
            return;
        }
        Version v = pack.get().version();
        if (RuleContext.at(versions, v).isEmpty()) {
            String known = versions.stream().map(Node::version).filter(java.util.Objects::nonNull).sorted().collect(Collectors.joining(", "));
            out.add(at(node, where, "context pack " + pack.get().id() + " has no version " + v + " (known: " + known + ")",
                    "pin an existing version (newest: " + RuleContext.newest(versions) + ") or generate " + v));
        }
    }
}
