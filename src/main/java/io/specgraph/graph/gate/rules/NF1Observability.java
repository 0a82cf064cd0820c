package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.Text;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Heading;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import io.specgraph.graph.gate.Keywords;

import java.util.ArrayList;
import java.util.List;

/** NF1: the Observability section (or the NFRs) names logging, metrics and tracing. */
public final class NF1Observability extends AbstractRule {

    private static final List<String> SECTIONS = List.of("observability", "nfrs", "nfr", "non-functional requirements");

    public NF1Observability() {
        super("NF1", Gate.NFR_COMPLIANCE, Severity.ERROR, SPECS, "observability names logging, metrics and tracing");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        List<Heading> sections = node.content().headings(h -> h.level() >= 2 && SECTIONS.contains(ctx.name(node, h)));
        if (sections.isEmpty()) {
            out.add(finding(node, "", 0, 0, node.id() + " has no Observability or NFRs section",
                    "add '## Observability' naming its logs, metrics and traces"));
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!named(node, ctx, sections, Keywords.LOGGING, Keywords.LOGS, Keywords.LOG)) {
            missing.add("logging");
        }
        if (!named(node, ctx, sections, Keywords.METRICS, Keywords.METRIC)) {
            missing.add("metrics");
        }
        if (!named(node, ctx, sections, Keywords.TRACING, Keywords.TRACES, Keywords.TRACE)) {
            missing.add("tracing");
        }
        if (!missing.isEmpty()) {
            out.add(atLine(node, sections.get(0).line(), "observability does not name " + String.join(", ", missing),
                    "state the " + String.join(", ", missing) + " the spec emits, per the platform's observability "
                            + "standards"));
        }
    }

    /** True when one of {@code words} stands in the prose of one of {@code sections} (sub-sections included). */
    private static boolean named(Node node, RuleContext ctx, List<Heading> sections, Keywords... words) {
        for (Heading h : sections) {
            int end = node.content().sectionEnd(h);
            for (Keywords k : words) {
                if (ctx.mentions(node, k, h.line() + 1, end)) {
                    return true;
                }
            }
        }
        return false;
    }
}
