package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import io.specgraph.model.Span;

import java.util.List;
import java.util.Locale;

/** DV1: every domain the spec names ({@code domain}, {@code affects}) exists, when the workspace defines domains. */
public final class DV1DomainsExist extends AbstractRule {

    public DV1DomainsExist() {
        super("DV1", Gate.DOMAIN_VALIDITY, Severity.ERROR, SPECS, "every domain the spec names exists");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        if (!ctx.definesDomains()) {
            return;
        }
        for (String key : List.of(Keys.DOMAIN, Keys.AFFECTS)) {
            MetaValue v = node.meta().get(key).orElse(null);
            if (v == null) {
                continue;
            }
            List<String> items = v.items();
            for (int i = 0; i < items.size(); i++) {
                String d = items.get(i).strip();
                String lower = d.toLowerCase(Locale.ROOT);
                if (lower.startsWith("api:") || lower.startsWith("event:") || ctx.isDomain(d)) {
                    continue;
                }
                Span s = i < v.itemSpans().size() ? v.itemSpans().get(i) : v.span();
                out.add(finding(node, v.path(), s.line(), s.column(), key + " names domain '" + d
                        + "', which the workspace does not define", "use a domain from domains/ (or write api:NAME / "
                        + "event:NAME for an API or event), or add the domain document"));
            }
        }
    }
}
