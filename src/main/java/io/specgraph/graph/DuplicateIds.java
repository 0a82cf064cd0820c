package io.specgraph.graph;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes node ids unique within each repo. Versions of a context pack or contract side by side
 * ({@code cp-checkout} v1 and v2) become {@code cp-checkout@v1} and {@code cp-checkout@v2}; any other clash keeps
 * the first document's id (by path) and gives the others {@code id~2}, {@code id~3} with a finding, so that
 * nothing is merged or lost silently.
 */
final class DuplicateIds {

    private DuplicateIds() {
    }

    static List<Node> resolve(List<Node> nodes, List<Finding> findings) {
        Map<String, List<Node>> byKey = new LinkedHashMap<>();
        for (Node n : nodes) {
            byKey.computeIfAbsent(n.key(), k -> new ArrayList<>()).add(n);
        }
        List<Node> out = new ArrayList<>(nodes.size());
        for (List<Node> group : byKey.values()) {
            if (group.size() == 1) {
                out.add(group.get(0));
                continue;
            }
            group.sort(Comparator.comparing(Node::path));
            if (areVersions(group)) {
                for (Node n : group) {
                    out.add(n.withId(n.id() + "@" + Version.parse(n.version()).canonical()));
                }
                continue;
            }
            Node first = group.get(0);
            out.add(first);
            for (int i = 1; i < group.size(); i++) {
                Node n = group.get(i);
                String newId = n.id() + "~" + (i + 1);
                out.add(n.withId(newId));
                findings.add(new Finding(GraphRules.DUPLICATE_ID, Severity.WARNING, null, newId, n.repo(), n.path(),
                        0, 0, "id " + n.id() + " is already used by " + first.path() + " in repo " + n.repo()
                        + "; this document is shown as " + newId,
                        "give one of the documents another id (ids must be unique in a repo)"));
            }
        }
        return out;
    }

    private static boolean areVersions(List<Node> group) {
        NodeKind kind = group.get(0).kind();
        if (kind != NodeKind.CONTEXT_PACK && kind != NodeKind.CONTRACT) {
            return false;
        }
        List<Version> seen = new ArrayList<>();
        for (Node n : group) {
            Version v = Version.parse(n.version());
            if (n.kind() != kind || v == null || seen.stream().anyMatch(v::sameAs)) {
                return false;
            }
            seen.add(v);
        }
        return true;
    }
}
