package io.specgraph.graph.gate;

import io.specgraph.graph.ConcatList;
import io.specgraph.graph.SortedArrayMap;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
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
 * flips (the workspace starts or stops defining domains or context packs). Repo rules run once (see
 * {@link #repoFindings}). The report equals what {@link Gates#run} says of the same graph. One writer at a time;
 * reports are immutable.
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
    /**
     * The repo rules' findings, worked out once, when the rules first run: repo rules read what an edit does not
     * change (LC5 reads git history, which is read once per load too), so they are not run again after an edit. A
     * repo rule that read the graph would go stale until the next reload; it would have to be run in
     * {@link #recheck} instead.
     */
    private final List<Finding> repoFindings;
    private SortedArrayMap<List<Finding>> findings = SortedArrayMap.empty();
    private SortedArrayMap<Map<Gate, Verdict>> verdicts = SortedArrayMap.empty();
    private SortedArrayMap<OpenSpecVerdict> openspec = SortedArrayMap.empty();
    private boolean domains;
    private boolean packs;
    private GateReport report;

    /** Runs every rule over {@code ctx}'s graph. */
    public LiveGates(Gates gates, RuleContext ctx) {
        this.gates = gates;
        this.repoFindings = List.copyOf(gates.repoFindings(ctx));
        List<Node> all = ctx.graph().nodes();
        List<Gates.NodeReport> first = all.parallelStream().map(n -> gates.checkNode(n, ctx)).toList();
        first.forEach(r -> reports.put(r.key(), r));
        remember(ctx);
        this.report = assemble(ctx, first.stream().map(Gates.NodeReport::key).toList());
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
        report = assemble(ctx, todo);
        return new Update(report, Set.copyOf(checked), removed, added);
    }

    private void remember(RuleContext ctx) {
        domains = ctx.definesDomains();
        packs = ctx.hasContextPacks();
    }

    /**
     * The report in node order, as {@link Gates#assemble} makes it: the node reports of {@code keys} are put in
     * place, every other node's findings, verdicts and OpenSpec verdict are shared with the last report.
     */
    private GateReport assemble(RuleContext ctx, Collection<String> keys) {
        Map<String, List<Finding>> findingChanges = new HashMap<>();
        Map<String, Map<Gate, Verdict>> verdictChanges = new HashMap<>();
        Map<String, OpenSpecVerdict> openspecChanges = new HashMap<>();
        for (String k : keys) {
            Gates.NodeReport r = reports.get(k);
            findingChanges.put(k, r == null || r.findings().isEmpty() ? null : r.findings());
            verdictChanges.put(k, r == null || r.verdicts().isEmpty() ? null : r.verdicts());
            openspecChanges.put(k, r == null ? null : r.openspec());
        }
        findings = findings.with(findingChanges);
        verdicts = verdicts.with(verdictChanges);
        openspec = openspec.with(openspecChanges);
        List<Finding> all = ConcatList.of(List.of(ctx.policy().problems(), ConcatList.of(findings.valueList()),
                repoFindings));
        return new GateReport(all, verdicts, openspec.valueList(), ctx.policy());
    }
}
