package io.specgraph.graph;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes node ids unique within each repo. A context pack or contract that declares a version is keyed with it
 * ({@code cp-checkout@v2}), so versions side by side stay apart and a key does not change when a new version is
 * added; any other clash keeps the first document's id (by path) and gives the others {@code id~2}, {@code id~3}
 * with a finding, so that nothing is merged or lost silently.
 */
final class DuplicateIds {

    private DuplicateIds() {
    }

    /** The nodes with unique ids, index for index (node {@code i} of the result is node {@code i} of the input). */
    static List<Node> resolve(List<Node> nodes, List<Finding> findings) {
        Node[] out = new Node[nodes.size()];
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < out.length; i++) {
            out[i] = versioned(nodes.get(i));
            byKey.computeIfAbsent(out[i].key(), k -> new ArrayList<>(1)).add(i);
        }
        for (List<Integer> group : byKey.values()) {
            if (group.size() == 1) {
                continue;
            }
            group.sort(Comparator.comparing((Integer i) -> out[i].path()).thenComparing(i -> i));
            Node first = out[group.get(0)];
            for (int k = 1; k < group.size(); k++) {
                Node n = out[group.get(k)];
                String newId = n.id() + "~" + (k + 1);
                out[group.get(k)] = n.withId(newId);
                findings.add(new Finding(GraphRules.DUPLICATE_ID, Severity.WARNING, null, newId, n.repo(), n.path(),
                        0, 0, "id " + n.id() + " is already used by " + first.path() + " in repo " + n.repo()
                        + "; this document is shown as " + newId,
                        "give one of the documents another id (ids must be unique in a repo)"));
            }
        }
        return new ArrayList<>(Arrays.asList(out));
    }

    /** A contract or context pack with a version is keyed {@code id@vN}. */
    private static Node versioned(Node n) {
        if (n.kind() != NodeKind.CONTEXT_PACK && n.kind() != NodeKind.CONTRACT) {
            return n;
        }
        Version v = Version.parse(n.version());
        return v == null || n.id().contains("@") ? n : n.withId(n.id() + "@" + v.canonical());
    }
}
