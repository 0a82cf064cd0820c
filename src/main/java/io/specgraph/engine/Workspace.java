package io.specgraph.engine;

import io.specgraph.graph.GraphBuilder;
import io.specgraph.graph.Lifecycle;
import io.specgraph.graph.gate.GateReport;
import io.specgraph.graph.gate.Gates;
import io.specgraph.graph.gate.Policy;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.RepoInput;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loaded workspace: the repo plans, what each unit read to, the graph built from it and what the gates said.
 * Loading reads every unit of every repo in parallel; the policy file is read first (its status words shape the
 * lifecycle mapping).
 */
public final class Workspace {

    private final List<RepoPlan> plans;
    private final Map<String, Map<Unit, ReadResult>> results;
    private final SpecGraph graph;
    private final GateReport gates;
    private final List<Finding> findings;
    private final int documents;

    private Workspace(List<RepoPlan> plans, Map<String, Map<Unit, ReadResult>> results, SpecGraph graph,
                      GateReport gates, int documents) {
        this.plans = List.copyOf(plans);
        this.results = results;
        this.graph = graph;
        this.gates = gates;
        this.documents = documents;
        List<Finding> all = new ArrayList<>();
        graph.findings().forEach(f -> gates.policy().apply(f).ifPresent(all::add));
        all.addAll(gates.findings());
        all.sort(Finding.ORDER);
        this.findings = List.copyOf(all);
    }

    /** Reads {@code repos}, builds the graph and runs the gates. Never throws on content. */
    public static Workspace load(List<RepoSpec> repos) {
        return load(repos, RepoReader.standard(), Gates.standard());
    }

    public static Workspace load(List<RepoSpec> repos, RepoReader reader, Gates rules) {
        List<RepoPlan> plans = repos.parallelStream().map(reader::plan).toList();
        record Job(RepoPlan plan, Unit unit) {
        }
        List<Job> jobs = new ArrayList<>();
        for (RepoPlan p : plans) {
            p.units().forEach(u -> jobs.add(new Job(p, u)));
        }
        Map<String, Map<Unit, ReadResult>> results = new LinkedHashMap<>();
        plans.forEach(p -> results.put(p.info().name(), new ConcurrentHashMap<>()));
        jobs.parallelStream().forEach(j -> results.get(j.plan().info().name()).put(j.unit(),
                reader.read(j.plan().context(), j.unit(),
                        io.specgraph.parse.DocumentSource.disk(j.plan().info().name(), j.plan().info().path()))));
        List<RepoInput> inputs = new ArrayList<>();
        Set<String> files = new HashSet<>();
        for (RepoPlan p : plans) {
            List<Node> nodes = new ArrayList<>();
            List<Finding> findings = new ArrayList<>(p.findings());
            for (Unit u : p.units()) {
                ReadResult r = results.get(p.info().name()).get(u);
                nodes.addAll(r.nodes());
                findings.addAll(r.findings());
                u.files().forEach(f -> files.add(p.info().name() + "/" + f));
            }
            inputs.add(new RepoInput(p.info(), nodes, findings, p.graphFile()));
        }
        GitHistory history = new GitHistory(plans.stream().map(RepoPlan::info).toList());
        Policy policy = PolicyFile.load(plans, history, RuleIds.all(rules));
        GraphBuilder builder = new GraphBuilder(new Lifecycle(policy.specWords(), policy.adrWords()));
        SpecGraph graph = builder.build(inputs);
        GateReport gates = rules.run(new RuleContext(graph, policy, builder.lifecycle(), history));
        return new Workspace(plans, results, graph, gates, files.size());
    }

    public List<RepoPlan> plans() {
        return plans;
    }

    public SpecGraph graph() {
        return graph;
    }

    /** The gates' verdicts, OpenSpec verdicts, rule findings and the policy applied. */
    public GateReport gates() {
        return gates;
    }

    /** Every finding (graph and rules), with the policy applied, in report order. */
    public List<Finding> findings() {
        return findings;
    }

    /** The number of distinct files the readers took in. */
    public int documents() {
        return documents;
    }

    /** The read results per repo name and unit. */
    public Map<String, Map<Unit, ReadResult>> results() {
        return results;
    }
}
