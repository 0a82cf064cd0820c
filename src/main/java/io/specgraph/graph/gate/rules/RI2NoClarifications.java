package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Content;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.List;

/** RI2: no {@code [NEEDS CLARIFICATION} marker remains. */
public final class RI2NoClarifications extends AbstractRule {

    static final String MARKER = "[NEEDS CLARIFICATION";

    public RI2NoClarifications() {
        super("RI2", Gate.READY_TO_IMPLEMENT, Severity.ERROR, SPECS, "no [NEEDS CLARIFICATION] marker remains");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Content c = node.content();
        if (!ctx.mentions(node, io.specgraph.graph.gate.Keywords.NEEDS_CLARIFICATION)) {
            return;
        }
        for (int n : c.proseLines(1, c.lineCount())) {
            String l = c.line(n);
            for (int at = l.indexOf(MARKER); at >= 0; at = l.indexOf(MARKER, at + 1)) {
                int end = l.indexOf(']', at);
                String what = end > at ? l.substring(at, end + 1) : l.substring(at);
                out.add(finding(node, "", n, at + 1, "unresolved " + what,
                        "answer the question (/speckit.clarify) and replace the marker with the decision"));
            }
        }
    }
}
