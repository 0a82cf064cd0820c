package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.SpecGraphFile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The structural graph rules of an incremental graph, recomputed only where they can have changed: LG2 per node
 * (its {@code children} and {@code implements} edges against the edges back), LG4 per edge kind (when the kind's
 * pairs changed while it has cycles, a node on one of them changed, or a new pair closes one), LG3 per
 * {@code spec-graph.json} (when an entry the
 * documents imply changed, or a changed node has drift findings). Not thread-safe.
 */
final class LiveChecks {

    private static final List<EdgeKind> CYCLE_KINDS = List.of(EdgeKind.IMPLEMENTS, EdgeKind.SUPERSEDES,
            EdgeKind.BLOCKED_BY);

    private static final int MAX_SEARCH = 20_000;

    private final Map<EdgeKind, Set<String>> cycleMembers = new EnumMap<>(EdgeKind.class);
    private final Map<String, SpecGraphFile.Entry> entries = new HashMap<>();

    /** LG2 for the edges of each node of {@code froms}. */
    void oneSided(Collection<String> froms, Map<String, Node> byKey, LiveEdges edges, FindingSources sources) {
        for (String f : froms) {
            List<Finding> out = new ArrayList<>(0);
            if (byKey.containsKey(f)) {
                for (Edge e : edges.out(f)) {
                    EdgeKind mirror = e.kind() == EdgeKind.CHILD ? EdgeKind.IMPLEMENTS
                            : e.kind() == EdgeKind.IMPLEMENTS ? EdgeKind.CHILD : null;
                    if (mirror == null) {
                        continue;
                    }
                    boolean mirrored = false;
                    for (Edge back : edges.out(e.to())) {
                        if (back.kind() == mirror && back.to().equals(f)) {
                            mirrored = true;
                            break;
                        }
                    }
                    GraphChecks.oneSided(e, mirrored, byKey, out);
                }
            }
            sources.replace("lg2:" + f, out);
        }
    }

    /**
     * LG4 again for a kind whose pairs changed while it had cycles, or with a cycle through a changed node. A kind
     * without cycles gets one only through a new pair whose target reaches its source, so while none does the kind
     * is left as it is (no cycles, no findings).
     */
    void cycles(LiveEdges.Change change, Set<String> changedNodes, List<Edge> all, Map<String, Node> byKey,
                LiveEdges edges, FindingSources sources) {
        for (EdgeKind kind : CYCLE_KINDS) {
            Set<String> members = cycleMembers.get(kind);
            boolean again;
            if (members == null) {
                again = true;
            } else if (!members.isEmpty()) {
                again = change.kinds().contains(kind) || members.stream().anyMatch(changedNodes::contains);
            } else {
                again = change.newPairs().stream().anyMatch(e -> e.kind() == kind && reaches(edges, kind, e.to(),
                        e.from()));
            }
            if (!again) {
                continue;
            }
            List<Edge> ofKind = new ArrayList<>();
            for (Edge e : all) {
                if (e.kind() == kind) {
                    ofKind.add(e);
                }
            }
            List<Finding> out = new ArrayList<>();
            GraphChecks.cycles(ofKind, byKey, out);
            Set<String> now = new HashSet<>();
            out.forEach(f -> now.add(Node.key(f.repo(), f.node())));
            cycleMembers.put(kind, now);
            sources.replace("lg4:" + kind, out);
        }
    }

    /** True when {@code to} is reachable from {@code from} along edges of {@code kind} (or the search is too long). */
    private static boolean reaches(LiveEdges edges, EdgeKind kind, String from, String to) {
        Set<String> seen = new HashSet<>();
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        todo.add(from);
        while (!todo.isEmpty()) {
            String k = todo.poll();
            if (k.equals(to) || seen.size() > MAX_SEARCH) {
                return true;
            }
            if (seen.add(k)) {
                for (Edge e : edges.out(k)) {
                    if (e.kind() == kind) {
                        todo.add(e.to());
                    }
                }
            }
        }
        return false;
    }

    /**
     * LG3: refreshes the entries the documents imply for {@code keys}, then checks each repo's file again when an
     * entry in its scope changed or a changed node has drift findings from it ({@code all}: every file).
     */
    void drift(Collection<String> keys, Set<String> changedNodes, SpecGraph graph, Map<String, SpecGraphFile> files,
               boolean all, FindingSources sources) {
        if (files.isEmpty()) {
            return;
        }
        Set<String> changedEntries = new HashSet<>();
        for (String k : keys) {
            Node n = graph.node(k).orElse(null);
            SpecGraphFile.Entry now = n != null && SpecGraphFiles.COVERED.contains(n.kind())
                    ? SpecGraphFiles.entry(graph, n) : null;
            SpecGraphFile.Entry was = now == null ? entries.remove(k) : entries.put(k, now);
            if (!Objects.equals(was, now)) {
                changedEntries.add(k);
            }
        }
        for (RepoInfo repo : graph.repos()) {
            SpecGraphFile file = files.get(repo.name());
            if (file == null) {
                continue;
            }
            Set<String> scope = Drift.scope(repo);
            String source = "drift:" + repo.name();
            boolean stale = changedEntries.stream().anyMatch(k -> inScope(k, scope))
                    || sources.of(source).stream().anyMatch(f -> f.node() != null
                    && changedNodes.contains(Node.key(f.repo(), f.node())));
            if (!stale && !all) {
                continue;
            }
            List<SpecGraphFile.Entry> docs = new ArrayList<>();
            for (Node n : graph.nodes()) {
                SpecGraphFile.Entry e = entries.get(n.key());
                if (e != null && (scope.isEmpty() || scope.contains(n.repo()))) {
                    docs.add(e);
                }
            }
            List<Finding> out = new ArrayList<>();
            Drift.check(graph, repo, file, new SpecGraphFile(1, docs, ""), out);
            sources.replace(source, out);
        }
    }

    private static boolean inScope(String key, Set<String> scope) {
        return scope.isEmpty() || scope.contains(key.substring(0, key.indexOf('/')));
    }
}
