package io.specgraph.graph.gate;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gates kept up to date after edits (ADR 0007): each node's report is kept, and an update runs the rules again
 * only on the nodes it is told may have changed, plus every node when a workspace fact that rules read as a whole
 * flips (the workspace starts or stops defining domains or context packs). The report equals what
 * {@link Gates#run} says of the same graph. One writer at a time; reports are immutable.
 */
public final class LiveGates {

    private static final int PARALLEL_FROM = 16;

    /**
     * What one re-check did.
     *
     * @param report  the new report
     * @param checked keys of the nodes whose rules ran
     * @param removed rule findings gone (policy applied)
     * @param added   rule findings new (policy applied)
     */
    public record Update(GateReport report, Set<String> checked, List<Finding> removed, List<Finding> added) {
    }

    private final Gates gates;
    private final Map<String, Gates.NodeReport> reports = new HashMap<>();
    private final List<Finding> repoFindings;
    private boolean domains;
    private boolean packs;
    private GateReport report;

    /** Runs every rule over {@code ctx}'s graph. */
    public LiveGates(Gates gates, RuleContext ctx) {
        this.gates = gates;
        this.repoFindings = gates.repoFindings(ctx);
        List<Node> all = ctx.graph().nodes();
        all.parallelStream().map(n -> gates.checkNode(n, ctx)).toList().forEach(r -> reports.put(r.key(), r));
        remember(ctx);
        this.report = assemble(ctx);
    }

    public GateReport report() {
        return report;
    }

    /** Runs the rules again on the nodes of {@code keys} (present in {@code ctx}'s graph) over the new graph. */
    public Update recheck(RuleContext ctx, Collection<String> keys) {
        Set<String> todo = new HashSet<>(keys);
        if (ctx.definesDomains() != domains || ctx.hasContextPacks() != packs) {
            ctx.graph().nodes().forEach(n -> todo.add(n.key()));
            reports.keySet().forEach(todo::add);
        }
        remember(ctx);
        Map<String, Gates.NodeReport> fresh = new ConcurrentHashMap<>();
        (todo.size() >= PARALLEL_FROM ? todo.parallelStream() : todo.stream()).forEach(k ->
                ctx.graph().node(k).ifPresent(n -> fresh.put(k, gates.checkNode(n, ctx))));
        List<Finding> removed = new ArrayList<>();
        List<Finding> added = new ArrayList<>();
        Set<String> checked = new HashSet<>();
        for (String k : todo) {
            Gates.NodeReport now = fresh.get(k);
            Gates.NodeReport was = now == null ? reports.remove(k) : reports.put(k, now);
            if (now != null) {
                checked.add(k);
            }
            List<Finding> before = was == null ? List.of() : was.findings();
            List<Finding> after = now == null ? List.of() : now.findings();
            if (!before.equals(after)) {
                removed.addAll(before);
                added.addAll(after);
            }
        }
        report = assemble(ctx);
        return new Update(report, Set.copyOf(checked), removed, added);
    }

    private void remember(RuleContext ctx) {
        domains = ctx.definesDomains();
        packs = ctx.hasContextPacks();
    }

    private GateReport assemble(RuleContext ctx) {
        List<Gates.NodeReport> inOrder = new ArrayList<>(reports.size());
        for (Node n : ctx.graph().nodes()) {
            inOrder.add(reports.get(n.key()));
        }
        return Gates.assemble(inOrder, repoFindings, ctx.policy());
    }
}
