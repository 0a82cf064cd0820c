package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.SpecGraphFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of the spec graph: repos, nodes (sorted by key), edges, findings (sorted by location) and
 * the {@code spec-graph.json} files read, with indexes by key and by edge direction. Safe to share across threads.
 */
public final class SpecGraph {

    private final List<RepoInfo> repos;
    private final List<Node> nodes;
    private final List<Edge> edges;
    private final List<Finding> findings;
    private final Map<String, SpecGraphFile> graphFiles;
    private final Map<String, Node> byKey;
    private final Map<String, List<Edge>> out;
    private final Map<String, List<Edge>> in;
    private final Resolver resolver;

    SpecGraph(List<RepoInfo> repos, List<Node> nodes, List<Edge> edges, List<Finding> findings,
              Map<String, SpecGraphFile> graphFiles, Resolver resolver) {
        this.repos = List.copyOf(repos);
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        this.findings = List.copyOf(sorted);
        this.graphFiles = Map.copyOf(graphFiles);
        this.resolver = resolver;
        this.byKey = new HashMap<>();
        this.out = new HashMap<>();
        this.in = new HashMap<>();
        for (Node n : nodes) {
            byKey.put(n.key(), n);
        }
        for (Edge e : edges) {
            out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            in.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
        }
    }

    /**
     * A graph from parts kept up to date incrementally: nodes in key order, edges in graph order, findings
     * already in {@link Finding#ORDER}, and the indexes over them (never changed afterwards).
     */
    SpecGraph(List<RepoInfo> repos, List<Node> nodes, List<Edge> edges, List<Finding> sortedFindings,
              Map<String, SpecGraphFile> graphFiles, Resolver resolver, Map<String, Node> byKey,
              Map<String, List<Edge>> out, Map<String, List<Edge>> in) {
        this.repos = List.copyOf(repos);
        this.nodes = nodes;
        this.edges = edges;
        this.findings = sortedFindings;
        this.graphFiles = Map.copyOf(graphFiles);
        this.resolver = resolver;
        this.byKey = byKey;
        this.out = out;
        this.in = in;
    }

    private SpecGraph(SpecGraph base, List<Finding> findings) {
        this.repos = base.repos;
        this.nodes = base.nodes;
        this.edges = base.edges;
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        this.findings = List.copyOf(sorted);
        this.graphFiles = base.graphFiles;
        this.resolver = base.resolver;
        this.byKey = base.byKey;
        this.out = base.out;
        this.in = base.in;
    }

    /** This graph with {@code more} findings added (indexes are shared, not rebuilt). */
    SpecGraph withFindings(List<Finding> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        return new SpecGraph(this, all);
    }

    public List<RepoInfo> repos() {
        return repos;
    }

    public Optional<RepoInfo> repo(String name) {
        return repos.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The {@code spec-graph.json} read per repo name. */
    public Map<String, SpecGraphFile> graphFiles() {
        return graphFiles;
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The node {@code ref} names: {@code repo/id}, or an id unique in the workspace (platform first). */
    public Optional<Node> find(String ref) {
        Node n = byKey.get(ref);
        if (n != null) {
            return Optional.of(n);
        }
        List<Node> c = resolver.byId(ref);
        if (c.size() == 1) {
            return Optional.of(c.get(0));
        }
        return Optional.empty();
    }

    /** Nodes whose id is {@code id}, in every repo. */
    public List<Node> withId(String id) {
        return resolver.byId(id);
    }

    public List<Edge> outgoing(String key) {
        return out.getOrDefault(key, List.of());
    }

    public List<Edge> incoming(String key) {
        return in.getOrDefault(key, List.of());
    }

    public List<Edge> outgoing(String key, EdgeKind kind) {
        return outgoing(key).stream().filter(e -> e.kind() == kind).toList();
    }

    public List<Edge> incoming(String key, EdgeKind kind) {
        return incoming(key).stream().filter(e -> e.kind() == kind).toList();
    }

    public List<Finding> findingsOf(Node node) {
        return findings.stream().filter(f -> node.id().equals(f.node()) && node.repo().equals(f.repo())).toList();
    }

    /** The resolver over this graph's nodes (for tools that resolve references the way the graph did). */
    public Resolver resolver() {
        return resolver;
    }

    /** Node counts per kind, in kind order. */
    public Map<NodeKind, Integer> countByKind() {
        Map<NodeKind, Integer> counts = new EnumMap<>(NodeKind.class);
        for (Node n : nodes) {
            counts.merge(n.kind(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
