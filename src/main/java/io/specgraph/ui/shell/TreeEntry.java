package io.specgraph.ui.shell;

import io.specgraph.engine.RepoHealth;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of the workspace tree: a repo (with its git health), a node kind within a repo (with a count), or a
 * document (a node, with its badge). Children in display order; built once per snapshot.
 *
 * @param type     what the row is
 * @param label    the text shown
 * @param detail   the muted text after it (git health, count, status)
 * @param nodeKey  the node's key for documents, else null
 * @param kind     the kind for kind and document rows, else null
 * @param level    the worst badge level below (and at) this row
 * @param failing  how many nodes below fail (error or failing gate)
 * @param children the rows below
 */
public record TreeEntry(Type type, String label, String detail, String nodeKey, NodeKind kind, Health.Level level,
                        int failing, List<TreeEntry> children) {

    public enum Type { REPO, KIND, DOCUMENT }

    public TreeEntry {
        children = List.copyOf(children);
    }

    /** The repos of {@code ws} as tree rows. */
    public static List<TreeEntry> of(Workspace ws, List<RepoHealth> health, HealthIndex index) {
        Map<String, Map<NodeKind, List<Node>>> byRepo = new java.util.HashMap<>();
        for (Node n : ws.graph().nodes()) {
            byRepo.computeIfAbsent(n.repo(), r -> new EnumMap<>(NodeKind.class))
                    .computeIfAbsent(n.kind(), k -> new ArrayList<>()).add(n);
        }
        List<TreeEntry> repos = new ArrayList<>();
        for (RepoInfo repo : ws.graph().repos()) {
            Map<NodeKind, List<Node>> byKind = byRepo.getOrDefault(repo.name(), Map.of());
            List<TreeEntry> kinds = new ArrayList<>();
            byKind.forEach((kind, nodes) -> kinds.add(kind(kind, nodes, index)));
            String git = health.stream().filter(h -> h.repo().equals(repo.name())).findFirst()
                    .map(RepoHealth::summary).orElse("");
            String role = repo.role() == null ? "" : repo.role().toString().toLowerCase(java.util.Locale.ROOT);
            repos.add(new TreeEntry(Type.REPO, repo.name(), join(role, git), null, null, worst(kinds),
                    kinds.stream().mapToInt(TreeEntry::failing).sum(), kinds));
        }
        return repos;
    }

    private static TreeEntry kind(NodeKind kind, List<Node> nodes, HealthIndex index) {
        List<TreeEntry> docs = new ArrayList<>();
        nodes.sort(Comparator.comparing(Node::id, String.CASE_INSENSITIVE_ORDER));
        for (Node n : nodes) {
            Health h = index.of(n.key());
            String detail = n.status() == null ? "" : n.status();
            docs.add(new TreeEntry(Type.DOCUMENT, n.id() + " " + n.title(), detail, n.key(), kind, h.level(),
                    h.level() == Health.Level.FAIL ? 1 : 0, List.of()));
        }
        int failing = docs.stream().mapToInt(TreeEntry::failing).sum();
        String detail = nodes.size() + (failing > 0 ? " · " + failing + " failing" : "");
        return new TreeEntry(Type.KIND, kind.label(), detail, null, kind, worst(docs), failing, docs);
    }

    private static Health.Level worst(List<TreeEntry> rows) {
        Health.Level w = Health.Level.OK;
        for (TreeEntry r : rows) {
            if (r.level().compareTo(w) > 0) {
                w = r.level();
            }
        }
        return w;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }
}
