package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.Keywords;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.List;
import java.util.regex.Pattern;

/** NF3: performance targets are set: a p95 latency with a time unit, and a throughput with a number. */
public final class NF3PerformanceTargets extends AbstractRule {

    private static final Pattern TIME = Pattern.compile("(?i)\\d+(?:[.,]\\d+)?\\s*(?:ms|msec|millis(?:econds?)?|s|sec|secs|"
            + "seconds?|µs|us|microseconds?|min|minutes?)(?![a-z])");
    private static final Pattern NUMBER = Pattern.compile("\\d");

    /** True when some prose line holds {@code word} (a whole word) and matches {@code also}. */
    private static boolean lineWith(Node node, RuleContext ctx, Keywords word, Pattern also) {
        for (int n : ctx.linesMentioning(node, word)) {
            if (also.matcher(node.content().line(n)).find()) {
                return true;
            }
        }
        return false;
    }

    public NF3PerformanceTargets() {
        super("NF3", Gate.NFR_COMPLIANCE, Severity.ERROR, SPECS, "p95 latency and throughput targets are set");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        boolean p95 = lineWith(node, ctx, Keywords.P95, TIME);
        boolean throughput = lineWith(node, ctx, Keywords.THROUGHPUT, NUMBER);
        if (!p95) {
            out.add(finding(node, "", 0, 0, node.id() + " sets no p95 latency target",
                    "add a line like 'p95 latency < 250 ms' to the NFRs"));
        }
        if (!throughput) {
            out.add(finding(node, "", 0, 0, node.id() + " sets no throughput target",
                    "add a line like 'Throughput: 200 requests per second at peak' to the NFRs"));
        }
    }
}
