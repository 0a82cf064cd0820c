package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.Text;
import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * LC4: a spec that was Paused and is active again still pins an older context pack than the newest ("rebase after
 * pause"). "Was Paused" comes from git history, or from a {@code Status History} table in the spec.
 */
public final class LC4RebaseAfterPause extends AbstractRule {

    public LC4RebaseAfterPause() {
        super("LC4", null, Severity.WARNING, EnumSet.of(NodeKind.PLATFORM_SPEC, NodeKind.COMPONENT_SPEC),
                "a resumed spec pins the newest context pack");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        LifecycleState s = node.state();
        if (s == null || s == LifecycleState.PAUSED || s == LifecycleState.DONE) {
            return;
        }
        Optional<PackRefs> pack = PackRefs.of(node, ctx);
        if (pack.isEmpty() || pack.get().version() == null) {
            return;
        }
        Version newest = RuleContext.newest(ctx.packVersions(pack.get().id()));
        if (newest == null || pack.get().version().compareTo(newest) >= 0 || !wasPaused(node, ctx)) {
            return;
        }
        out.add(at(node, node.meta().get(Keys.CONTEXT_PACK).orElse(null), node.id() + " was Paused and is "
                        + s.label() + " again, but still pins " + pack.get().id() + " " + pack.get().version()
                        + " while " + newest + " is the newest",
                "regenerate the context pack and rebase the spec onto " + pack.get().id() + " " + newest
                        + " before resuming"));
    }

    private static int statusColumn(String[] header) {
        for (int i = 0; i < header.length; i++) {
            if (Text.name(header[i]).equals("status") || Text.name(header[i]).equals("state")) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static boolean wasPaused(Node node, RuleContext ctx) {
        for (String past : ctx.history().pastStatuses(node.repo(), node.path())) {
            if (ctx.lifecycle().map(node.kind(), past).orElse(null) == LifecycleState.PAUSED) {
                return true;
            }
        }
        Content c = node.content();
        for (Heading h : c.headings(x -> Text.name(x.text()).contains("status history"))) {
            int column = -1;
            for (int n = h.line() + 1; n <= c.sectionEnd(h); n++) {
                String l = c.line(n).strip();
                if (!l.startsWith("|") || l.matches("^\\|[\\s|:-]*$")) {
                    continue;
                }
                String[] cells = l.substring(1).split("\\|");
                if (column < 0) {
                    column = statusColumn(cells);
                } else if (column < cells.length
                        && ctx.lifecycle().map(node.kind(), cells[column].strip()).orElse(null) == LifecycleState.PAUSED) {
                    return true;
                }
            }
        }
        return false;
    }
}
