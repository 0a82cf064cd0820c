package io.specgraph.engine.view.review;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoRole;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ADR board of one snapshot: every ADR as a card in the column of its lifecycle state. Within a column global
 * ADRs come first, then by repo (workspace order) and id (natural order). Immutable; {@link #filter} narrows it.
 */
public final class AdrBoard {

    private final List<AdrCard> cards;
    private final List<String> repos;

    private AdrBoard(List<AdrCard> cards, List<String> repos) {
        this.cards = cards;
        this.repos = repos;
    }

    public static AdrBoard of(Workspace ws) {
        Objects.requireNonNull(ws, "ws");
        SpecGraph graph = ws.graph();
        HealthIndex health = HealthIndex.of(ws);
        List<String> repos = graph.repos().stream().map(RepoInfo::name).toList();
        Map<String, Integer> repoOrder = new HashMap<>();
        repos.forEach(r -> repoOrder.put(r, repoOrder.size()));
        List<AdrCard> cards = new ArrayList<>();
        for (Node n : graph.nodes()) {
            if (n.kind() == NodeKind.ADR) {
                cards.add(card(n, graph, health));
            }
        }
        cards.sort(Comparator.comparing(AdrCard::column)
                .thenComparing(c -> !c.global())
                .thenComparing(c -> repoOrder.getOrDefault(c.repo(), Integer.MAX_VALUE))
                .thenComparing(AdrCard::id, NodeFacts.NATURAL));
        return new AdrBoard(List.copyOf(cards), repos);
    }

    private static AdrCard card(Node adr, SpecGraph graph, HealthIndex health) {
        boolean global = graph.repo(adr.repo()).map(r -> r.role() == RepoRole.PLATFORM).orElse(false);
        List<Node> older = older(adr, graph);
        List<Node> newer = newer(adr, graph);
        Deque<Node> chain = new ArrayDeque<>();
        chain.add(adr);
        Set<Node> seen = new LinkedHashSet<>(chain);
        boolean cycle = false;
        for (List<Node> step = older; step.size() == 1; step = older(step.get(0), graph)) {
            if (!seen.add(step.get(0))) {
                cycle = true;
                break;
            }
            chain.addFirst(step.get(0));
        }
        for (List<Node> step = newer; step.size() == 1; step = newer(step.get(0), graph)) {
            if (!seen.add(step.get(0))) {
                cycle = true;
                break;
            }
            chain.addLast(step.get(0));
        }
        return new AdrCard(adr.key(), adr.id(), adr.title(), adr.repo(), global, AdrColumn.of(adr.state()),
                adr.status() == null ? "" : adr.status().strip(), NodeFacts.owner(adr, graph), NodeFacts.since(adr),
                refs(older), refs(newer), refs(new ArrayList<>(chain)), cycle,
                linked(graph.incoming(adr.key(), EdgeKind.BLOCKED_BY), graph, health),
                linked(graph.incoming(adr.key(), EdgeKind.GOVERNED_BY), graph, health), health.of(adr.key()));
    }

    /** The ADRs {@code adr} supersedes (edges point from the newer decision to the older one). */
    private static List<Node> older(Node adr, SpecGraph graph) {
        return ends(graph.outgoing(adr.key(), EdgeKind.SUPERSEDES), graph, true);
    }

    private static List<Node> newer(Node adr, SpecGraph graph) {
        return ends(graph.incoming(adr.key(), EdgeKind.SUPERSEDES), graph, false);
    }

    private static List<Node> ends(List<Edge> edges, SpecGraph graph, boolean to) {
        List<Node> out = new ArrayList<>();
        for (Edge e : edges) {
            graph.node(to ? e.to() : e.from()).filter(n -> n.kind() == NodeKind.ADR && !out.contains(n))
                    .ifPresent(out::add);
        }
        return out;
    }

    private static List<AdrRef> refs(List<Node> nodes) {
        return nodes.stream().map(n -> new AdrRef(n.key(), n.id(), AdrColumn.of(n.state()))).toList();
    }

    private static List<LinkedSpec> linked(List<Edge> edges, SpecGraph graph, HealthIndex health) {
        List<LinkedSpec> out = new ArrayList<>();
        for (Edge e : edges) {
            graph.node(e.from()).filter(n -> out.stream().noneMatch(s -> s.key().equals(n.key())))
                    .ifPresent(n -> out.add(new LinkedSpec(n.key(), n.id(), n.kind(), n.title(), NodeFacts.status(n),
                            health.of(n.key()))));
        }
        out.sort(Comparator.comparing(LinkedSpec::key, NodeFacts.NATURAL));
        return out;
    }

    /** Every card, column by column. */
    public List<AdrCard> cards() {
        return cards;
    }

    /** The cards of one column, in board order. */
    public List<AdrCard> column(AdrColumn column) {
        return cards.stream().filter(c -> c.column() == column).toList();
    }

    /** Every column (empty ones too) with its cards, left to right. */
    public Map<AdrColumn, List<AdrCard>> columns() {
        Map<AdrColumn, List<AdrCard>> map = new EnumMap<>(AdrColumn.class);
        for (AdrColumn c : AdrColumn.values()) {
            map.put(c, column(c));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The card of the ADR {@code key}. */
    public Optional<AdrCard> card(String key) {
        return cards.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    /** The workspace's repo names, in workspace order (for the repo filter). */
    public List<String> repos() {
        return repos;
    }

    /** The cards in {@code scope} and {@code repo} (null or blank: every repo), as a board of their own. */
    public AdrBoard filter(AdrScope scope, String repo) {
        AdrScope s = scope == null ? AdrScope.ALL : scope;
        boolean anyRepo = repo == null || repo.isBlank();
        return new AdrBoard(cards.stream().filter(c -> s.includes(c.global()))
                .filter(c -> anyRepo || c.repo().equals(repo)).toList(), repos);
    }

    public int size() {
        return cards.size();
    }
}
