package io.specgraph.engine.view.fix;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a node again from given bytes of its file, so that metadata spans match those bytes exactly (an editor
 * buffer may be ahead of the snapshot), and reads files of the workspace from disk.
 */
public final class Reread {

    private Reread() {
    }

    /** The node read from {@code repo/path} when that file holds {@code bytes}; empty when none is read from it. */
    public static Optional<Node> node(Workspace ws, String repo, String path, byte[] bytes) {
        RepoPlan plan = ws.plans().stream().filter(p -> p.info().name().equals(repo)).findFirst().orElse(null);
        if (plan == null) {
            return Optional.empty();
        }
        DocumentSource base = DocumentSource.disk(repo, plan.info().path());
        DocumentSource src = DocumentSource.overlay(repo, base, Map.of(path, bytes));
        RepoReader reader = RepoReader.standard();
        for (Unit unit : plan.units()) {
            if (!unit.path().equals(path) && !unit.files().contains(path)) {
                continue;
            }
            ReadResult read = reader.read(plan.context(), unit, src);
            Optional<Node> hit = read.nodes().stream().filter(n -> n.path().equals(path)).findFirst();
            if (hit.isPresent()) {
                return hit;
            }
        }
        return Optional.empty();
    }

    /** The bytes of {@code repo/path} on disk, or empty when the file cannot be read as a document. */
    public static Optional<byte[]> disk(Workspace ws, String repo, String path) {
        Optional<Path> root = ws.graph().repo(repo).map(RepoInfo::path);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        DocumentLoader.Loaded loaded = DocumentLoader.load(repo, root.get(), path);
        return loaded.ok() ? Optional.of(loaded.document().bytes()) : Optional.empty();
    }
}
