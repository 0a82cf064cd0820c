package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.SpecGraphFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * A spec graph kept up to date after edits (ADR 0007). Given the nodes read again from a repo, it re-makes only
 * the nodes that changed ({@link LiveNodes}: unique ids per repo, spec-kit kinds, states), resolves again only them
 * and the nodes whose references may now resolve differently ({@link Dependencies}, {@link DependencyIndex}),
 * replaces only their edges ({@link LiveEdges}), and re-runs the graph rules only where they can have changed
 * ({@link LiveChecks}). It tells the rules which nodes to check again. Every snapshot equals what
 * {@link GraphBuilder#build} makes of the same input. One writer at a time; snapshots are immutable and share
 * what did not change with the snapshot before.
 */
public final class LiveGraph {

    private static final int PARALLEL_FROM = 64;

    /**
     * What one update did.
     *
     * @param graph    the new snapshot
     * @param reread   keys of the nodes read again (new, gone, or from a unit read again), after unique ids
     * @param changed  keys of the nodes that appeared, went, were read again or changed kind or state
     * @param resolved keys of the nodes whose references were resolved again (the changed ones and those naming them)
     * @param affected keys of the nodes whose rules must run again: the resolved ones, the nodes the changed ones
     *                 referenced before or now, both ends of every edge that came or went, and the nodes that name
     *                 a resolved ADR (ADR3 reads how its links resolve)
     * @param removed  graph findings gone
     * @param added    graph findings new
     */
    public record Update(SpecGraph graph, Set<String> reread, Set<String> changed, Set<String> resolved,
                         Set<String> affected, List<Finding> removed, List<Finding> added) {
    }

    private final List<RepoInfo> repos;
    private final Map<String, RepoRole> roles = new HashMap<>();
    private final Map<String, SpecGraphFile> graphFiles = new LinkedHashMap<>();
    private final FindingSources sources = new FindingSources();
    private final LiveNodes nodes;
    private final LiveEdges edges = new LiveEdges();
    private final LiveChecks checks = new LiveChecks();
    private final DependencyIndex deps = new DependencyIndex();
    private Resolver resolver;
    private LayeredMap<String, Node> byKey = LayeredMap.of(new HashMap<>());
    private SpecGraph graph;

    /** Builds the graph of {@code inputs} (as {@link GraphBuilder#build} would), keeping what updates need. */
    public LiveGraph(GraphBuilder builder, List<RepoInput> inputs) {
        this.nodes = new LiveNodes(builder);
        this.repos = inputs.stream().map(RepoInput::info).toList();
        for (RepoInput in : inputs) {
            roles.put(in.info().name(), in.info().role());
            if (in.graphFile() != null) {
                graphFiles.put(in.info().name(), in.graphFile());
            }
        }
        this.resolver = new Resolver(List.of(), repos);
        run(inputs, true);
    }

    public SpecGraph graph() {
        return graph;
    }

    /** Takes the nodes and read findings of the repos in {@code changed} (plans unchanged) and updates the graph. */
    public Update update(List<RepoInput> changed) {
        return run(changed, false);
    }

    private Update run(List<RepoInput> inputs, boolean all) {
        Set<String> reread = new HashSet<>();
        for (RepoInput in : inputs) {
            reread.addAll(nodes.replaceRepo(in.info().name(), in.nodes(), sources));
            sources.replace("in:" + in.info().name(), in.findings());
        }
        Map<String, Node> before = new HashMap<>();
        Set<String> changed = makeNodes(reread, before, all);
        Set<String> resolve = new HashSet<>(changed);
        Set<String> affected = new HashSet<>(changed);
        if (!all) {
            resolve.addAll(deps.dependents(indexedIfMoved(changed, before, nodes::get)));
            affected.addAll(deps.dependents(publishedIfSeen(changed, before)));
            affected.addAll(deps.dependents(adrsResolvedAgain(resolve, before)));
        }
        affected.addAll(resolve);
        Set<String> around = new HashSet<>(resolve);
        LiveEdges.Change edgeChange = replaceEdges(resolve, changed, affected, around);
        checks.oneSided(around, byKey, edges, sources);
        List<Edge> allEdges = edges.all();
        List<Node> nodeList = nodes.finals().valueList();
        SpecGraph bare = new SpecGraph(repos, nodeList, allEdges, List.of(), graphFiles, resolver, byKey,
                edges.out(), edges.in());
        checks.cycles(edgeChange, changed, allEdges, byKey, edges, sources);
        checks.drift(all ? nodes.finals().keySet() : resolve, changed, bare, graphFiles, all, sources);
        FindingSources.Change findings = sources.drain();
        graph = new SpecGraph(repos, nodeList, allEdges, sources.sorted(), graphFiles, resolver, byKey, edges.out(),
                edges.in());
        return new Update(graph, Set.copyOf(reread), Set.copyOf(changed), Set.copyOf(resolve), Set.copyOf(affected),
                findings.removed(), findings.added());
    }

    /**
     * Makes the graph nodes after {@code reread} nodes were read: spec-kit kinds decided again where an implementer
     * or what it names changed, states mapped, the resolver and key index updated. Fills {@code before} with the
     * old graph node of every key it looked at; returns the keys whose graph node changed.
     */
    private Set<String> makeNodes(Set<String> reread, Map<String, Node> before, boolean all) {
        List<Node> readNow = new ArrayList<>();
        for (String k : reread) {
            putIfPresent(before, k, nodes.get(k));
            addIfPresent(readNow, nodes.deduped(k));
        }
        Resolver forKinds = all ? new Resolver(sortedByKey(readNow), repos) : resolver.with(before.values(), readNow);
        Set<String> implementers = new HashSet<>(reread);
        if (!all) {
            implementers.addAll(deps.dependents(indexedIfMoved(reread, before, nodes::deduped)));
        }
        Set<String> process = new HashSet<>(reread);
        for (String k : nodes.reimplement(implementers, forKinds)) {
            process.add(k);
            putIfPresent(before, k, nodes.get(k));
        }
        Set<String> changed = nodes.process(process, reread, sources);
        List<Node> removed = new ArrayList<>();
        List<Node> added = new ArrayList<>();
        Map<String, Node> keyChanges = new HashMap<>();
        for (String k : changed) {
            addIfPresent(removed, before.get(k));
            addIfPresent(added, nodes.get(k));
            keyChanges.put(k, nodes.get(k));
        }
        resolver = all ? new Resolver(nodes.finals().values(), repos) : resolver.with(removed, added);
        byKey = byKey.with(keyChanges);
        return changed;
    }

    /**
     * Resolves the references of {@code resolve} again and replaces their edges (and LG1). Adds to {@code affected}
     * the nodes the changed ones referenced before and now and both ends of every edge that came or went, and to
     * {@code around} the nodes whose children or implements edges may have changed (LG2).
     */
    private LiveEdges.Change replaceEdges(Set<String> resolve, Set<String> changed, Set<String> affected,
                                          Set<String> around) {
        for (String k : resolve) {
            around.addAll(edges.structuralNeighbours(k));
        }
        for (String k : changed) {
            endpoints(edges.contributedBy(k), affected);
        }
        Map<String, EdgeFactory.PerNode> per = resolveAll(resolve);
        Map<String, Collection<Edge>> contributed = new HashMap<>();
        for (String k : resolve) {
            EdgeFactory.PerNode p = per.get(k);
            contributed.put(k, p == null ? List.of() : p.edges().values());
            sources.replace("lg1:" + k, p == null ? List.of() : p.findings());
        }
        LiveEdges.Change change = edges.replace(resolve, contributed);
        affected.addAll(change.endpoints());
        around.addAll(change.endpoints());
        for (String k : resolve) {
            around.addAll(edges.structuralNeighbours(k));
        }
        for (String k : changed) {
            endpoints(edges.contributedBy(k), affected);
        }
        updateDependencies(resolve, contributed);
        return change;
    }

    /** Resolves the references of each present node of {@code keys} (in parallel when there are many). */
    private Map<String, EdgeFactory.PerNode> resolveAll(Set<String> keys) {
        Map<String, EdgeFactory.PerNode> out = new ConcurrentHashMap<>();
        Resolver r = resolver;
        (keys.size() >= PARALLEL_FROM ? keys.parallelStream() : keys.stream()).forEach(k -> {
            Node n = nodes.get(k);
            if (n != null) {
                out.put(k, EdgeFactory.edgesOf(n, r));
            }
        });
        return out;
    }

    /** What each resolved node wants now (its references, rules, and the nodes its references resolved to). */
    private void updateDependencies(Set<String> keys, Map<String, Collection<Edge>> contributed) {
        Map<String, Set<String>> wanted = new ConcurrentHashMap<>();
        Resolver r = resolver;
        (keys.size() >= PARALLEL_FROM ? keys.parallelStream() : keys.stream()).forEach(k -> {
            Node n = nodes.get(k);
            if (n == null) {
                return;
            }
            List<Node> targets = new ArrayList<>();
            for (Edge e : contributed.getOrDefault(k, List.of())) {
                addIfPresent(targets, nodes.get(e.from().equals(k) ? e.to() : e.from()));
            }
            wanted.put(k, Dependencies.wanted(n, r, targets));
        });
        for (String k : keys) {
            Set<String> w = wanted.get(k);
            if (w == null) {
                deps.remove(k);
            } else {
                deps.set(k, w);
            }
        }
    }

    /** The index names, old and new, of the nodes of {@code keys} that changed in what the resolver sees. */
    private static Set<String> indexedIfMoved(Collection<String> keys, Map<String, Node> before,
                                              Function<String, Node> now) {
        return namesIfChanged(keys, before, now, Dependencies::sameForResolution, Dependencies::indexed);
    }

    /** All names, old and new, of the changed nodes that changed in what other nodes' rules see. */
    private Set<String> publishedIfSeen(Collection<String> keys, Map<String, Node> before) {
        return namesIfChanged(keys, before, nodes::get, Dependencies::sameForOthers,
                n -> Dependencies.published(n, roles.get(n.repo())));
    }

    /**
     * The {@code names} of the old ({@code before}) and new ({@code now}) node of each of {@code keys} that appeared,
     * went, or is not the {@code same} as it was.
     */
    private static Set<String> namesIfChanged(Collection<String> keys, Map<String, Node> before,
                                              Function<String, Node> now, BiPredicate<Node, Node> same,
                                              Function<Node, Set<String>> names) {
        Set<String> out = new HashSet<>();
        for (String k : keys) {
            Node a = before.get(k);
            Node b = now.apply(k);
            if (a == null || b == null || !same.test(a, b)) {
                if (a != null) {
                    out.addAll(names.apply(a));
                }
                if (b != null) {
                    out.addAll(names.apply(b));
                }
            }
        }
        return out;
    }

    /**
     * The index names of the ADRs among {@code resolve}: ADR3 on an ADR reads how the supersede links of the ADRs
     * it names resolve, and those may resolve differently now without an edge coming or going (a link that moved
     * to another node can hide behind the other ADR's link the other way), so whoever names them is checked again.
     */
    private Set<String> adrsResolvedAgain(Set<String> resolve, Map<String, Node> before) {
        Set<String> out = new HashSet<>();
        for (String k : resolve) {
            addIndexedIfAdr(out, before.get(k));
            addIndexedIfAdr(out, nodes.get(k));
        }
        return out;
    }

    private static void addIndexedIfAdr(Set<String> out, Node n) {
        if (n != null && n.kind() == NodeKind.ADR) {
            out.addAll(Dependencies.indexed(n));
        }
    }

    private static List<Node> sortedByKey(List<Node> list) {
        List<Node> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(Node::key));
        return out;
    }

    private static void endpoints(Collection<Edge> list, Set<String> out) {
        for (Edge e : list) {
            out.add(e.from());
            out.add(e.to());
        }
    }

    private static void putIfPresent(Map<String, Node> map, String key, Node n) {
        if (n != null) {
            map.putIfAbsent(key, n);
        }
    }

    private static void addIfPresent(List<Node> list, Node n) {
        if (n != null) {
            list.add(n);
        }
    }
}
