package io.specgraph.ui.editor;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Node;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Relative links between documents of one repo ({@code ../contracts/CONTRACT-11.md}) to node keys. */
final class EditorLinks {

    private EditorLinks() {
    }

    /** The node whose file {@code href}, relative to {@code path} in {@code repo}, names. */
    static Optional<String> resolve(Workspace ws, String repo, String path, String href) {
        if (ws == null || repo == null || href == null || href.isBlank()) {
            return Optional.empty();
        }
        try {
            Path base = Path.of(path).getParent();
            Path target = (base == null ? Path.of(href) : base.resolve(href)).normalize();
            String want = target.toString().replace('\\', '/');
            return ws.graph().nodes().stream().filter(n -> n.repo().equals(repo) && want.equals(n.path()))
                    .map(Node::key).findFirst();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
