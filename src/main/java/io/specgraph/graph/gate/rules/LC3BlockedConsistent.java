package io.specgraph.graph.gate.rules;

import io.specgraph.graph.Resolver;
import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.List;

/** LC3: status Blocked with an empty {@code blocked_by}; or Implementing while a blocking ADR is not Approved. */
public final class LC3BlockedConsistent extends AbstractRule {

    public LC3BlockedConsistent() {
        super("LC3", null, Severity.ERROR, EnumSet.of(NodeKind.PLATFORM_SPEC, NodeKind.COMPONENT_SPEC, NodeKind.BUG,
                NodeKind.HOTFIX), "Blocked names its blocking ADRs; Implementing has none undecided");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        MetaValue status = node.meta().get(Keys.STATUS).orElse(null);
        List<Ref> blockers = ctx.refs(node, Keys.BLOCKED_BY);
        if (node.state() == LifecycleState.BLOCKED && blockers.isEmpty()) {
            out.add(at(node, status, node.id() + " is Blocked but blocked_by names no ADR",
                    "name the ADR it waits on in blocked_by, or move it back to Approved (Blocked ≠ Paused)"));
        }
        if (node.state() == LifecycleState.IMPLEMENTING) {
            for (Ref ref : blockers) {
                Resolver.Resolution r = ctx.graph().resolver().resolve(ref, node, EnumSet.of(NodeKind.ADR));
                if (r.target() == null || r.target().state() != LifecycleState.APPROVED) {
                    String name = r.target() != null ? r.target().id() : ref.raw();
                    out.add(at(node, status, node.id() + " is Implementing while " + name + " is not Approved",
                            "stop: move it to Blocked until " + name + " is decided"));
                }
            }
        }
    }
}
