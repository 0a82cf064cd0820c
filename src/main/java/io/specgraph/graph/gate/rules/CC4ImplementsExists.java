package io.specgraph.graph.gate.rules;

import io.specgraph.graph.Resolver;
import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.List;

/** CC4: a component spec's implements names a platform spec that exists, at a version that exists. */
public final class CC4ImplementsExists extends AbstractRule {

    public CC4ImplementsExists() {
        super("CC4", Gate.CONTEXT_COMPLETENESS, Severity.ERROR, COMPONENT,
                "implements names an existing platform spec at its version");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        List<Ref> refs = ctx.refs(node, Keys.IMPLEMENTS);
        if (refs.isEmpty()) {
            out.add(at(node, node.meta().get(Keys.IMPLEMENTS).orElse(null), node.id() + " implements no platform spec",
                    "add implements: <platform spec id> <version> (e.g. PLAT-124 v1)"));
            return;
        }
        for (Ref ref : refs) {
            Resolver.Resolution r = ctx.graph().resolver().resolve(ref, node, EnumSet.of(NodeKind.PLATFORM_SPEC));
            Node target = r.target();
            if (target == null || target.kind() != NodeKind.PLATFORM_SPEC) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "implements " + ref.raw()
                        + ": no such platform spec", "fix the id of the platform spec this spec implements"));
            } else if (ref.version() == null) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "implements " + ref.raw()
                        + " names no version", "write the platform spec version, e.g. " + target.id() + " "
                        + (target.version() == null ? "v1" : target.version())));
            } else if (target.parsedVersion() == null) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), target.id() + " declares no version, so "
                        + ref.version() + " cannot be checked", "give " + target.id() + " a version: field"));
            } else if (!ref.version().sameAs(target.parsedVersion())) {
                out.add(finding(node, ref.path(), ref.line(), ref.column(), "implements " + target.id() + " "
                        + ref.version() + ", but " + target.id() + " is at " + target.version(),
                        "implement " + target.id() + " " + target.version() + " (rebaseline), or fix the version"));
            }
        }
    }
}
