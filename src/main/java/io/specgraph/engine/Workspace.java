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
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;

import java.util.ArrayList;
import java.util.Collections;
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
    private final GitHistory history;
    private final Origin origin;

    /**
     * What a workspace was read and checked with: the readers, the rules, and the unsaved editor buffers (repo name
     * → repo-relative path → bytes, which must not change afterwards). {@link LiveWorkspace#of(Workspace)} carries
     * on with them.
     */
    record Origin(RepoReader reader, Gates rules, Map<String, Map<String, byte[]>> overlays) {
        Origin {
            Map<String, Map<String, byte[]>> copy = new LinkedHashMap<>();
            overlays.forEach((repo, buffers) -> {
                if (!buffers.isEmpty()) {
                    copy.put(repo, Map.copyOf(buffers));
                }
            });
            overlays = Collections.unmodifiableMap(copy);
        }
    }

    private Workspace(List<RepoPlan> plans, Map<String, Map<Unit, ReadResult>> results, SpecGraph graph,
                      GateReport gates, int documents, GitHistory history, Origin origin) {
        this(plans, results, graph, gates, documents, history, merged(graph, gates), origin);
    }

    /** A snapshot whose findings (graph and rules, policy applied) are already merged in report order. */
    Workspace(List<RepoPlan> plans, Map<String, Map<Unit, ReadResult>> results, SpecGraph graph, GateReport gates,
              int documents, GitHistory history, List<Finding> sortedFindings, Origin origin) {
        this.plans = List.copyOf(plans);
        this.results = results;
        this.graph = graph;
        this.gates = gates;
        this.documents = documents;
        this.history = history;
        this.findings = sortedFindings;
        this.origin = origin;
    }

    private static List<Finding> merged(SpecGraph graph, GateReport gates) {
        List<Finding> all = new ArrayList<>();
        graph.findings().forEach(f -> gates.policy().apply(f).ifPresent(all::add));
        all.addAll(gates.findings());
        all.sort(Finding.ORDER);
        return List.copyOf(all);
    }

    /** Reads {@code repos}, builds the graph and runs the gates. Never throws on content. */
    public static Workspace load(List<RepoSpec> repos) {
        return load(repos, RepoReader.standard(), Gates.standard());
    }

    public static Workspace load(List<RepoSpec> repos, RepoReader reader, Gates rules) {
        return load(repos, reader, rules, Map.of());
    }

    /**
     * Reads {@code repos} with unsaved editor buffers: {@code overlays} maps a repo name to repo-relative paths and
     * the bytes read in place of those files (planning and policy included). Files are listed from disk, so a
     * buffer of a file that is not on disk is not read.
     */
    public static Workspace load(List<RepoSpec> repos, RepoReader reader, Gates rules,
                                 Map<String, Map<String, byte[]>> overlays) {
        Map<String, Map<String, byte[]>> buffers = new LinkedHashMap<>();
        overlays.forEach((repo, mine) -> {
            Map<String, byte[]> copy = new LinkedHashMap<>();
            mine.forEach((path, bytes) -> copy.put(path, bytes.clone()));
            buffers.put(repo, copy);
        });
        Read read = read(repos, reader, rules, buffers);
        GraphBuilder builder = new GraphBuilder(new Lifecycle(read.policy().specWords(), read.policy().adrWords()));
        SpecGraph graph = builder.build(inputs(read.plans(), read.results()));
        GateReport gates = rules.run(new RuleContext(graph, read.policy(), builder.lifecycle(), read.history()));
        return new Workspace(read.plans(), read.results(), graph, gates, countFiles(read.plans()), read.history(),
                new Origin(reader, rules, buffers));
    }

    /** What reading a workspace gives before the graph is built: plans, what each unit read to, history, policy. */
    record Read(List<RepoPlan> plans, Map<String, Map<Unit, ReadResult>> results, GitHistory history, Policy policy) {
        int documents() {
            return countFiles(plans);
        }
    }

    /** Plans and reads every repo (units in parallel) and reads the policy. */
    static Read read(List<RepoSpec> repos, RepoReader reader, Gates rules, Map<String, Map<String, byte[]>> overlays) {
        List<RepoPlan> plans = repos.parallelStream().map(s -> reader.plan(s, source(s.name(), s.path(), overlays)))
                .toList();
        record Job(RepoPlan plan, Unit unit) {
        }
        List<Job> jobs = new ArrayList<>();
        for (RepoPlan p : plans) {
            p.units().forEach(u -> jobs.add(new Job(p, u)));
        }
        Map<String, Map<Unit, ReadResult>> results = new LinkedHashMap<>();
        plans.forEach(p -> results.put(p.info().name(), new ConcurrentHashMap<>()));
        jobs.parallelStream().forEach(j -> results.get(j.plan().info().name()).put(j.unit(),
                reader.read(j.plan().context(), j.unit(), source(j.plan().info().name(), j.plan().info().path(),
                        overlays))));
        GitHistory history = new GitHistory(plans.stream().map(RepoPlan::info).toList());
        Policy policy = PolicyFile.load(plans, history, RuleIds.all(rules),
                p -> source(p.info().name(), p.info().path(), overlays));
        return new Read(plans, results, history, policy);
    }

    /** The disk of a repo, overlaid with its editor buffers when it has any. */
    static DocumentSource source(String repo, java.nio.file.Path root, Map<String, Map<String, byte[]>> overlays) {
        DocumentSource disk = DocumentSource.disk(repo, root);
        Map<String, byte[]> mine = overlays.get(repo);
        return mine == null || mine.isEmpty() ? disk : DocumentSource.overlay(repo, disk, mine);
    }

    /** The graph input of each repo: its nodes and findings, unit by unit in plan order. */
    static List<RepoInput> inputs(List<RepoPlan> plans, Map<String, Map<Unit, ReadResult>> results) {
        List<RepoInput> inputs = new ArrayList<>();
        for (RepoPlan p : plans) {
            inputs.add(input(p, results.get(p.info().name())));
        }
        return inputs;
    }

    static RepoInput input(RepoPlan p, Map<Unit, ReadResult> results) {
        List<Node> nodes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>(p.findings());
        for (Unit u : p.units()) {
            ReadResult r = results.get(u);
            nodes.addAll(r.nodes());
            findings.addAll(r.findings());
        }
        return new RepoInput(p.info(), nodes, findings, p.graphFile());
    }

    private static int countFiles(List<RepoPlan> plans) {
        Set<String> files = new HashSet<>();
        for (RepoPlan p : plans) {
            for (Unit u : p.units()) {
                u.files().forEach(f -> files.add(p.info().name() + "/" + f));
            }
        }
        return files.size();
    }

    /** The git history the rules read. */
    GitHistory history() {
        return history;
    }

    /** What the workspace was read and checked with. */
    Origin origin() {
        return origin;
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
