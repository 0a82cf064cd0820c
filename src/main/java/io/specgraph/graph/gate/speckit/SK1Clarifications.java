package io.specgraph.graph.gate.speckit;

import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.SpecKitItem;

import java.util.EnumSet;
import java.util.List;

/**
 * SK1: no {@code [NEEDS CLARIFICATION …]} marker remains in a spec-kit spec, nor a bare {@code NEEDS CLARIFICATION}
 * in a plan's Technical Context (the reader finds them outside code, comments and inline code). One finding per
 * marker, at its column, up to {@link Grouping#EACH} per file; the rest in one summary finding. RI2 reports the
 * same markers as an error on seed-model kinds: both may fire on a spec-kit spec.
 */
final class SK1Clarifications extends SpecKitRule {

    private static final String HINT = "answer the question (/speckit.clarify) and replace the marker with the "
            + "decision";
    private static final String PLAN_HINT = "research the unknown (plan Phase 0, research.md) and write the decision "
            + "in its place";

    SK1Clarifications() {
        super(SpecKitRules.CLARIFICATION, Severity.WARNING, EnumSet.allOf(NodeKind.class),
                "no unresolved [NEEDS CLARIFICATION] marker in a spec-kit spec or plan");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        List<SpecKitItem> markers = node.parts().get(SpecKitItem.class).stream()
                .filter(i -> i.type() == SpecKitItem.Type.CLARIFICATION).toList();
        String hint = node.kind() == NodeKind.PLAN ? PLAN_HINT : HINT;
        for (int i = 0; i < markers.size() && i < Grouping.EACH; i++) {
            SpecKitItem m = markers.get(i);
            out.add(finding(node, m.path(), m.line(), m.column(), "unresolved " + m.text(), hint));
        }
        if (markers.size() > Grouping.EACH) {
            List<SpecKitItem> rest = markers.subList(Grouping.EACH, markers.size());
            SpecKitItem first = rest.get(0);
            out.add(finding(node, first.path(), first.line(), first.column(),
                    Grouping.count(rest.size(), "more unresolved clarification marker",
                            "more unresolved clarification markers") + " in " + first.path() + " ("
                            + Grouping.lines(rest.stream().map(SpecKitItem::line).toList()) + ")", hint));
        }
    }
}
