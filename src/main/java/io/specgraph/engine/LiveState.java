package io.specgraph.engine;

import io.specgraph.graph.GraphBuilder;
import io.specgraph.graph.Lifecycle;
import io.specgraph.graph.LiveGraph;
import io.specgraph.graph.SortedFindings;
import io.specgraph.graph.gate.LiveGates;
import io.specgraph.graph.gate.Policy;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one load of a workspace keeps to re-check it after edits: the plans, what each unit read to, which
 * units hold each file, the files planning reads, the live graph and gates, and the merged findings. A full reload
 * makes a new state. Not thread-safe ({@link LiveWorkspace} serialises updates); snapshots are immutable.
 */
final class LiveState {

    private final List<RepoPlan> plans;
    private final Map<String, RepoPlan> planByRepo = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Unit>>> unitsByFile = new HashMap<>();
    private final Map<String, PlanFiles> planFiles = new HashMap<>();
    private final Map<String, UnitResults> results = new LinkedHashMap<>();
    private final GitHistory history;
    private final Policy policy;
    private final Lifecycle lifecycle;
    private final LiveGraph graph;
    private final LiveGates gates;
    private final SortedFindings findings;
    private final int documents;
    private Workspace.Origin origin;
    private Workspace snapshot;

    /** The state of a workspace {@code origin} read ({@code read}: what each unit read to, per repo) and checks. */
    LiveState(List<RepoPlan> plans, Map<String, Map<Unit, ReadResult>> read, GitHistory history, Policy policy,
              int documents, Workspace.Origin origin) {
        this.plans = List.copyOf(plans);
        this.history = history;
        this.policy = policy;
        this.documents = documents;
        this.origin = origin;
        this.lifecycle = new Lifecycle(policy.specWords(), policy.adrWords());
        for (RepoPlan p : plans) {
            String repo = p.info().name();
            planByRepo.put(repo, p);
            results.put(repo, UnitResults.of(p, read.get(repo)));
            Map<String, List<Unit>> byFile = new HashMap<>();
            for (Unit u : p.units()) {
                u.files().forEach(f -> byFile.computeIfAbsent(f, k -> new ArrayList<>()).add(u));
            }
            unitsByFile.put(repo, byFile);
            planFiles.put(repo, PlanFiles.of(p, Workspace.source(repo, p.info().path(), origin.overlays())));
        }
        this.graph = new LiveGraph(new GraphBuilder(lifecycle),
                results.values().stream().map(UnitResults::input).toList());
        RuleContext ctx = new RuleContext(graph.graph(), policy, lifecycle, history);
        this.gates = new LiveGates(origin.rules(), ctx);
        List<Finding> all = new ArrayList<>();
        graph.graph().findings().forEach(f -> policy.apply(f).ifPresent(all::add));
        all.addAll(gates.report().findings());
        this.findings = new SortedFindings(all);
        this.snapshot = snapshot();
    }

    Workspace current() {
        return snapshot;
    }

    RepoPlan plan(String repo) {
        return planByRepo.get(repo);
    }

    /** The units that hold {@code path} (read it, or must be read again when it changes). */
    List<Unit> unitsOf(String repo, String path) {
        return unitsByFile.getOrDefault(repo, Map.of()).getOrDefault(path, List.of());
    }

    /** Why an edit of {@code path} needs the repo planned again, or null. */
    String planReason(String repo, String path) {
        return planFiles.get(repo).reason(path);
    }

    /**
     * Reads {@code units} of {@code repo} again with the reader and buffers of {@code now} (its rules are the ones
     * this state checks with) and re-checks what they affect. A reader reads a unit from the files it lists alone
     * ({@link Unit#files}), so those are all the files whose change reads it again.
     */
    LiveUpdate reread(String repo, List<Unit> units, Workspace.Origin now) {
        RepoPlan plan = planByRepo.get(repo);
        DocumentSource docs = Workspace.source(repo, plan.info().path(), now.overlays());
        Map<Unit, ReadResult> fresh = new HashMap<>();
        for (Unit u : units) {
            fresh.put(u, now.reader().read(plan.context(), u, docs));
        }
        UnitResults next = results.get(repo).with(fresh);
        results.put(repo, next);
        LiveGraph.Update g = graph.update(List.of(next.input()));
        RuleContext ctx = new RuleContext(g.graph(), policy, lifecycle, history);
        LiveGates.Update r = gates.recheck(ctx, g.affected());
        List<Finding> removed = new ArrayList<>(r.removed());
        List<Finding> added = new ArrayList<>(r.added());
        g.removed().forEach(f -> policy.apply(f).ifPresent(removed::add));
        g.added().forEach(f -> policy.apply(f).ifPresent(added::add));
        findings.update(removed, added);
        origin = now;
        snapshot = snapshot();
        return new LiveUpdate(snapshot, g.reread(), r.checked(), null);
    }

    private Workspace snapshot() {
        return new Workspace(plans, Collections.unmodifiableMap(new LinkedHashMap<>(results)), graph.graph(),
                gates.report(), documents, history, findings.list(), origin);
    }

    /** Keys of every node, for a result that re-read everything. */
    static Set<String> keysOf(Workspace ws) {
        Set<String> out = new HashSet<>();
        for (Node n : ws.graph().nodes()) {
            out.add(n.key());
        }
        return out;
    }
}
