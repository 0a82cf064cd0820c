package io.specgraph.graph.gate.rules;

import io.specgraph.graph.Resolver;
import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.List;

/** RI1: every {@code blocked_by} ADR exists and is approved. */
public final class RI1BlockersDecided extends AbstractRule {

    public RI1BlockersDecided() {
        super("RI1", Gate.READY_TO_IMPLEMENT, Severity.ERROR, SPECS, "every blocked_by ADR exists and is approved");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        for (Ref ref : ctx.refs(node, Keys.BLOCKED_BY)) {
            Resolver.Resolution r = ctx.graph().resolver().resolve(ref, node, EnumSet.of(NodeKind.ADR));
            Node adr = r.target();
            String name = ref.id() != null ? ref.id() : ref.raw();
            if (adr == null) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "blocked by " + name
                        + ", which does not exist (dangling)", "fix the ADR id, or remove it from blocked_by"));
                continue;
            }
            LifecycleState s = adr.state();
            if (s == LifecycleState.APPROVED) {
                continue;
            }
            String message;
            String hint;
            if (s == LifecycleState.REJECTED) {
                message = "blocked by " + adr.id() + ", which was Rejected: the spec must be updated to the rejected path";
                hint = "rewrite the spec for the decision taken, then remove " + adr.id() + " from blocked_by";
            } else if (s == LifecycleState.SUPERSEDED || s == LifecycleState.DEPRECATED) {
                message = "blocked by " + adr.id() + ", which is " + s.label();
                hint = "point blocked_by at the ADR that replaced " + adr.id();
            } else {
                message = "blocked by " + adr.id() + ", which is " + (s == null ? "undecided"
                        + (adr.status() == null ? "" : " (" + adr.status() + ")") : s.label());
                hint = "decide " + adr.id() + " (approve it) or remove it from blocked_by";
            }
            out.add(finding(node, ref.path(), ref.line(), ref.column(), message, hint));
        }
    }
}
