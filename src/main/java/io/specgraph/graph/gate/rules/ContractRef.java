package io.specgraph.graph.gate.rules;

import io.specgraph.graph.Resolver;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.Version;

import java.util.EnumSet;
import java.util.List;

/**
 * A contract reference of a spec, resolved: the contract's base id, all its versions in the workspace, and the
 * version node the reference asks for (or the newest when it asks for none).
 */
record ContractRef(Ref ref, String id, List<Node> versions, Node target) {

    static ContractRef of(RuleContext ctx, Node from, Ref ref) {
        String id = ref.id();
        if (id == null || ref.link() != null || ref.repo() != null) {
            Resolver.Resolution r = ctx.graph().resolver().resolve(ref, from, EnumSet.of(NodeKind.CONTRACT));
            if (r.target() != null && r.target().kind() == NodeKind.CONTRACT) {
                id = Resolver.baseId(r.target());
            }
        }
        if (id == null) {
            return new ContractRef(ref, ref.raw(), List.of(), null);
        }
        List<Node> versions = ctx.contractVersions(id);
        Node target = null;
        if (!versions.isEmpty()) {
            Version v = ref.version();
            target = v != null ? RuleContext.at(versions, v).orElse(null) : Resolver.newestOf(versions);
        }
        return new ContractRef(ref, id, versions, target);
    }

    boolean exists() {
        return !versions.isEmpty();
    }
}
