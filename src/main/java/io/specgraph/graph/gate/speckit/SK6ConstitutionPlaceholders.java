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
 * SK6: no template placeholder is left in a spec-kit constitution ({@code [PRINCIPLE_1_NAME]},
 * {@code [CONSTITUTION_VERSION]}: an {@code [ALL_CAPS_IDENTIFIER]} with an underscore, outside code, comments and
 * inline code, as the reader finds them). One finding per placeholder at its column, up to {@link Grouping#EACH}
 * per file (the template has 19), then one summary finding. Deferred values ({@code TODO(RATIFICATION_DATE): …})
 * are a recorded decision of {@code /speckit.constitution} and are not reported.
 */
final class SK6ConstitutionPlaceholders extends SpecKitRule {

    private static final String HINT = "fill it in (/speckit.constitution), or defer it explicitly as "
            + "TODO(<FIELD>): <why>";

    SK6ConstitutionPlaceholders() {
        super(SpecKitRules.PLACEHOLDER, Severity.WARNING, EnumSet.of(NodeKind.CONSTITUTION),
                "no template placeholder is left in the constitution");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        List<SpecKitItem> placeholders = node.parts().get(SpecKitItem.class).stream()
                .filter(i -> i.type() == SpecKitItem.Type.PLACEHOLDER).toList();
        for (int i = 0; i < placeholders.size() && i < Grouping.EACH; i++) {
            SpecKitItem p = placeholders.get(i);
            out.add(finding(node, p.path(), p.line(), p.column(), "constitution placeholder " + p.text()
                    + " is not filled in", HINT));
        }
        if (placeholders.size() > Grouping.EACH) {
            List<SpecKitItem> rest = placeholders.subList(Grouping.EACH, placeholders.size());
            SpecKitItem first = rest.get(0);
            out.add(finding(node, first.path(), first.line(), first.column(),
                    Grouping.count(rest.size(), "more placeholder", "more placeholders") + " not filled in ("
                            + Grouping.list(rest.stream().map(SpecKitItem::text).distinct().toList()) + "; "
                            + Grouping.lines(rest.stream().map(SpecKitItem::line).distinct().toList()) + ")",
                    HINT));
        }
    }
}
