package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.Layout;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Ref;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Severity;
import io.specgraph.model.SpecGraphFile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link SpecGraph} from read repos: makes ids unique per repo, refines spec-kit feature kinds, maps
 * statuses to lifecycle states, resolves references into edges, and runs the graph rules (LG1–LG4, LC1).
 */
public final class GraphBuilder {

    private final Lifecycle lifecycle;

    public GraphBuilder() {
        this(new Lifecycle());
    }

    public GraphBuilder(Lifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    public Lifecycle lifecycle() {
        return lifecycle;
    }

    public SpecGraph build(List<RepoInput> inputs) {
        List<Finding> findings = new ArrayList<>();
        List<RepoInfo> repos = new ArrayList<>();
        List<Node> all = new ArrayList<>();
        Map<String, SpecGraphFile> graphFiles = new LinkedHashMap<>();
        for (RepoInput in : inputs) {
            repos.add(in.info());
            all.addAll(in.nodes());
            findings.addAll(in.findings());
            if (in.graphFile() != null) {
                graphFiles.put(in.info().name(), in.graphFile());
            }
        }
        all = DuplicateIds.resolve(all, findings);
        all.sort(Comparator.comparing(Node::key));
        all = refineSpecKitKinds(all, repos);
        all = mapStates(all, findings);
        Resolver resolver = new Resolver(all, repos);
        List<Edge> edges = EdgeFactory.edges(all, resolver, findings);
        edges.sort(Comparator.comparing(Edge::from).thenComparing(Edge::kind).thenComparing(Edge::to));
        Map<String, Node> byKey = new HashMap<>();
        all.forEach(n -> byKey.put(n.key(), n));
        GraphChecks.oneSided(all, edges, byKey, findings);
        GraphChecks.cycles(edges, byKey, findings);
        SpecGraph graph = new SpecGraph(repos, all, edges, findings, graphFiles, resolver);
        List<Finding> drift = new ArrayList<>();
        for (RepoInfo r : repos) {
            SpecGraphFile f = graphFiles.get(r.name());
            if (f != null) {
                Drift.check(graph, r, f, drift);
            }
        }
        return graph.withFindings(drift);
    }

    /**
     * A spec-kit feature whose kind is derived (no {@code kind:}) and that another feature of the same repo
     * implements is a platform spec: the seeds' small-team variant keeps both tiers in one repo. {@code nodes} are
     * in node order (the resolver's ties are decided by it).
     */
    private static List<Node> refineSpecKitKinds(List<Node> nodes, List<RepoInfo> repos) {
        List<Node> implementers = nodes.stream().filter(GraphBuilder::isImplementer).toList();
        if (implementers.isEmpty()) {
            return nodes;
        }
        Resolver resolver = new Resolver(nodes, repos);
        Set<String> implemented = new HashSet<>();
        for (Node n : implementers) {
            implemented.addAll(implementedBy(n, resolver));
        }
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(refined(n, implemented.contains(n.key())));
        }
        return out;
    }

    /** True for a spec-kit node that declares {@code implements} (it may make another feature a platform spec). */
    static boolean isImplementer(Node n) {
        return n.layout() == Layout.SPEC_KIT && n.meta().has(Keys.IMPLEMENTS);
    }

    /** The keys of the nodes of its own repo that {@code implementer} implements (kinds play no part). */
    static Set<String> implementedBy(Node implementer, Resolver resolver) {
        Set<String> out = new HashSet<>();
        for (Ref r : EdgeFactory.refs(implementer.meta().get(Keys.IMPLEMENTS).orElseThrow())) {
            Node target = resolver.resolve(r, implementer, Set.of()).target();
            if (target != null && target.repo().equals(implementer.repo())) {
                out.add(target.key());
            }
        }
        return out;
    }

    /** {@code n} as a platform spec when it is a derived-kind feature another feature of its repo implements. */
    static Node refined(Node n, boolean implemented) {
        boolean derivedKind = !n.meta().has(Keys.KIND);
        if (implemented && n.layout() == Layout.SPEC_KIT && derivedKind && n.kind() == NodeKind.COMPONENT_SPEC
                && !n.meta().has(Keys.IMPLEMENTS)) {
            return n.withKind(NodeKind.PLATFORM_SPEC);
        }
        return n;
    }

    private List<Node> mapStates(List<Node> nodes, List<Finding> findings) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(mapState(n, findings));
        }
        return out;
    }

    /** {@code n} with the lifecycle state its status maps to; LC1 when the status maps to none. */
    Node mapState(Node n, List<Finding> findings) {
        if (n.status() == null || n.status().isBlank() || !Lifecycle.hasLifecycle(n.kind())) {
            LifecycleState derived = Lifecycle.derived(n);
            return derived == null ? n : n.withState(derived);
        }
        Optional<LifecycleState> state = lifecycle.map(n.kind(), n.status());
        if (state.isEmpty()) {
            MetaValue mv = n.meta().get(Keys.STATUS).orElse(null);
            findings.add(new Finding(GraphRules.UNKNOWN_STATUS, Severity.WARNING, null, n.id(), n.repo(),
                    mv == null || mv.path().isEmpty() ? n.path() : mv.path(), mv == null ? 0 : mv.line(),
                    mv == null ? 0 : mv.column(),
                    "status '" + n.status() + "' maps to no " + (n.kind() == NodeKind.ADR ? "ADR" : "spec")
                            + " lifecycle state",
                    "use one of: " + Lifecycle.labels(lifecycle.states(n.kind()))
                            + " (or map the word in the gates policy file)"));
        }
        return n.withState(state.orElse(null));
    }
}
