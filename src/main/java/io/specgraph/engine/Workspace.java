package io.specgraph.engine;

import io.specgraph.graph.GraphBuilder;
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
 * A loaded workspace: the repo plans, what each unit read to, and the graph built from it. Loading reads every
 * unit of every repo in parallel.
 */
public final class Workspace {

    private final List<RepoPlan> plans;
    private final Map<String, Map<Unit, ReadResult>> results;
    private final SpecGraph graph;
    private final int documents;

    private Workspace(List<RepoPlan> plans, Map<String, Map<Unit, ReadResult>> results, SpecGraph graph,
                      int documents) {
        this.plans = List.copyOf(plans);
        this.results = results;
        this.graph = graph;
        this.documents = documents;
    }

    /** Reads {@code repos} and builds the graph. Never throws on content. */
    public static Workspace load(List<RepoSpec> repos) {
        return load(repos, RepoReader.standard(), new GraphBuilder());
    }

    public static Workspace load(List<RepoSpec> repos, RepoReader reader, GraphBuilder builder) {
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
        SpecGraph graph = builder.build(inputs);
        return new Workspace(plans, results, graph, files.size());
    }

    public List<RepoPlan> plans() {
        return plans;
    }

    public SpecGraph graph() {
        return graph;
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
