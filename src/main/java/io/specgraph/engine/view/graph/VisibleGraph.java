package io.specgraph.engine.view.graph;

import java.util.List;
import java.util.Optional;

/**
 * What a graph view shows: visible nodes and edges in a stable order, how it was grouped, and the highlighted path.
 *
 * @param nodes      visible nodes and groups, in graph order (groups where their first member was)
 * @param edges      visible edges; aggregates between groups carry counts
 * @param groupBy    the grouping actually applied (never AUTO)
 * @param path       node keys of the highlighted path, from its start to its end; empty when none or not found
 * @param matched    how many workspace nodes passed the filters (before grouping)
 * @param total      how many nodes the workspace has
 */
public record VisibleGraph(List<VisibleNode> nodes, List<VisibleEdge> edges, GroupBy groupBy, List<String> path,
                           int matched, int total) {

    public static final VisibleGraph EMPTY = new VisibleGraph(List.of(), List.of(), GroupBy.NONE, List.of(), 0, 0);

    public VisibleGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        path = List.copyOf(path);
    }

    public Optional<VisibleNode> node(String key) {
        return nodes.stream().filter(n -> n.key().equals(key)).findFirst();
    }

    public long groups() {
        return nodes.stream().filter(VisibleNode::group).count();
    }
}
