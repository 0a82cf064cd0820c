package io.specgraph.engine.view.graph;

import io.specgraph.engine.view.Health;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Gate;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;

import java.util.Set;

/**
 * What a graph view asks to see. An empty set means "no filter" for that dimension.
 *
 * @param kinds        node kinds to keep
 * @param repos        repos to keep
 * @param states       lifecycle states to keep (nodes without a state drop out when this is set)
 * @param levels       health levels to keep
 * @param failingGates keep nodes for which one of these gates fails
 * @param edgeKinds    edge kinds to draw and to walk (focus, path)
 * @param text         keep nodes whose id or title contains this (any case); empty for all
 * @param focus        a node key to focus on, or null
 * @param depth        the focus neighbourhood depth, 1 or more, both directions
 * @param groupBy      how to fold nodes into groups (focus views are never folded)
 * @param expanded     keys of groups shown expanded
 * @param pathFrom     one end of a path to highlight, or null
 * @param pathTo       the other end, or null
 */
public record GraphQuery(Set<NodeKind> kinds, Set<String> repos, Set<LifecycleState> states, Set<Health.Level> levels,
                         Set<Gate> failingGates, Set<EdgeKind> edgeKinds, String text, String focus, int depth,
                         GroupBy groupBy, Set<String> expanded, String pathFrom, String pathTo) {

    /** Everything, grouped automatically. */
    public static final GraphQuery ALL = new GraphQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            "", null, 1, GroupBy.AUTO, Set.of(), null, null);

    public GraphQuery {
        kinds = Set.copyOf(kinds);
        repos = Set.copyOf(repos);
        states = Set.copyOf(states);
        levels = Set.copyOf(levels);
        failingGates = Set.copyOf(failingGates);
        edgeKinds = Set.copyOf(edgeKinds);
        text = text == null ? "" : text.strip();
        focus = blankToNull(focus);
        depth = Math.max(1, depth);
        groupBy = groupBy == null ? GroupBy.AUTO : groupBy;
        expanded = Set.copyOf(expanded);
        pathFrom = blankToNull(pathFrom);
        pathTo = blankToNull(pathTo);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public GraphQuery withKinds(Set<NodeKind> newKinds) {
        return new GraphQuery(newKinds, repos, states, levels, failingGates, edgeKinds, text, focus, depth, groupBy,
                expanded, pathFrom, pathTo);
    }

    public GraphQuery withRepos(Set<String> newRepos) {
        return new GraphQuery(kinds, newRepos, states, levels, failingGates, edgeKinds, text, focus, depth, groupBy,
                expanded, pathFrom, pathTo);
    }

    public GraphQuery withStates(Set<LifecycleState> newStates) {
        return new GraphQuery(kinds, repos, newStates, levels, failingGates, edgeKinds, text, focus, depth, groupBy,
                expanded, pathFrom, pathTo);
    }

    public GraphQuery withHealth(Set<Health.Level> newLevels, Set<Gate> newGates) {
        return new GraphQuery(kinds, repos, states, newLevels, newGates, edgeKinds, text, focus, depth, groupBy,
                expanded, pathFrom, pathTo);
    }

    public GraphQuery withEdgeKinds(Set<EdgeKind> newEdgeKinds) {
        return new GraphQuery(kinds, repos, states, levels, failingGates, newEdgeKinds, text, focus, depth, groupBy,
                expanded, pathFrom, pathTo);
    }

    public GraphQuery withText(String newText) {
        return new GraphQuery(kinds, repos, states, levels, failingGates, edgeKinds, newText, focus, depth, groupBy,
                expanded, pathFrom, pathTo);
    }

    public GraphQuery withFocus(String newFocus, int newDepth) {
        return new GraphQuery(kinds, repos, states, levels, failingGates, edgeKinds, text, newFocus, newDepth, groupBy,
                expanded, pathFrom, pathTo);
    }

    public GraphQuery withGrouping(GroupBy newGroupBy, Set<String> newExpanded) {
        return new GraphQuery(kinds, repos, states, levels, failingGates, edgeKinds, text, focus, depth, newGroupBy,
                newExpanded, pathFrom, pathTo);
    }

    public GraphQuery withPath(String from, String to) {
        return new GraphQuery(kinds, repos, states, levels, failingGates, edgeKinds, text, focus, depth, groupBy,
                expanded, from, to);
    }
}
