package io.specgraph.graph.gate.openspec;

import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecSpec;

import java.util.List;
import java.util.Optional;

/**
 * The main spec a change's delta applies to ({@code <root>/specs/<capability>/spec.md}), found among the graph's
 * capability nodes: absent, present but unreadable (a node without its parsed spec), or parsed.
 */
final class MainSpecs {

    /** What the graph holds at a main spec's path. */
    record Target(String path, boolean exists, OpenSpecSpec spec) {
        boolean unreadable() {
            return exists && spec == null;
        }
    }

    private final SpecGraph graph;
    private final String repo;
    private final String root;

    MainSpecs(SpecGraph graph, String repo, String root) {
        this.graph = graph;
        this.repo = repo;
        this.root = root;
    }

    /** The main spec of {@code capability}. */
    Target of(String capability) {
        String path = root + "/specs/" + capability + "/spec.md";
        String prefix = root.equals("openspec") ? "" : root.substring(0, Math.max(0, root.lastIndexOf('/'))) + ":";
        Optional<Node> node = graph.node(Node.key(repo, prefix + capability));
        if (node.isPresent() && !matches(node.get(), path)) {
            // Another node holds the key (a change named like the capability): look the spec up by its path.
            node = graph.nodes().stream().filter(n -> n.repo().equals(repo) && matches(n, path)).findFirst();
        }
        if (node.isEmpty()) {
            return new Target(path, false, null);
        }
        List<OpenSpecSpec> specs = node.get().parts().get(OpenSpecSpec.class);
        return new Target(path, true, specs.isEmpty() ? null : specs.get(0));
    }

    private static boolean matches(Node n, String path) {
        return n.kind() == NodeKind.CAPABILITY && n.path().equals(path);
    }
}
