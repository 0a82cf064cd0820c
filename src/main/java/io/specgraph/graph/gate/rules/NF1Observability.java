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
        StringBuilder text = new StringBuilder();
        for (Heading h : sections) {
            for (int n : node.content().sectionLines(h)) {
                text.append(node.content().line(n)).append('\n');
            }
        }
        java.util.BitSet found = Keywords.scan(text.toString());
        List<String> missing = new ArrayList<>();
        if (!Keywords.LOGGING.in(found) && !Keywords.LOGS.in(found) && !Keywords.LOG.in(found)) {
            missing.add("logging");
        }
        if (!Keywords.METRICS.in(found) && !Keywords.METRIC.in(found)) {
            missing.add("metrics");
        }
        if (!Keywords.TRACING.in(found) && !Keywords.TRACES.in(found) && !Keywords.TRACE.in(found)) {
            missing.add("tracing");
        }
        if (!missing.isEmpty()) {
            out.add(atLine(node, sections.get(0).line(), "observability does not name " + String.join(", ", missing),
                    "state the " + String.join(", ", missing) + " the spec emits, per the platform's observability "
                            + "standards"));
        }
    }
}
