package io.specgraph.engine;

import io.specgraph.graph.Lifecycle;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;
import io.specgraph.template.Edit;
import io.specgraph.template.MetaEditor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Edits node metadata in files ({@code specgraph set}, later the editor): finds where each key is written, checks
 * status changes against the lifecycle, makes the smallest text change and writes it atomically.
 */
public final class Editing {

    /** What one assignment did to one file. */
    public record Change(String repo, String path, int line, String description, boolean changed) {
    }

    private final Workspace workspace;
    private final RepoReader reader;
    private final Lifecycle lifecycle;

    public Editing(Workspace workspace) {
        this(workspace, RepoReader.standard(), new Lifecycle());
    }

    public Editing(Workspace workspace, RepoReader reader, Lifecycle lifecycle) {
        this.workspace = workspace;
        this.reader = reader;
        this.lifecycle = lifecycle;
    }

    /**
     * Applies {@code assignments} to the node {@code nodeRef} ({@code id} or {@code repo/id}).
     *
     * @param force skip the lifecycle checks (scripted migrations)
     */
    public List<Change> set(String nodeRef, List<Assignment> assignments, boolean force)
            throws WorkspaceException, EditRefusedException {
        Node node = find(nodeRef);
        if (!force) {
            for (Assignment a : assignments) {
                if (a.key().equals(Keys.STATUS)) {
                    checkTransition(node, a);
                }
            }
        }
        List<Change> changes = new ArrayList<>();
        for (Assignment a : assignments) {
            changes.add(apply(reread(node), a));
        }
        return changes;
    }

    private Node find(String ref) throws WorkspaceException {
        Optional<Node> n = workspace.graph().find(ref);
        if (n.isPresent()) {
            return n.get();
        }
        List<Node> matches = workspace.graph().withId(ref);
        if (matches.size() > 1) {
            throw new WorkspaceException("node " + ref + " is ambiguous: " + String.join(", ",
                    matches.stream().map(Node::key).toList()) + " (write repo/id)");
        }
        throw new WorkspaceException("no node " + ref + " in the workspace");
    }

    private void checkTransition(Node node, Assignment a) throws EditRefusedException {
        if (node.kind() == io.specgraph.model.NodeKind.CHANGE || node.kind() == io.specgraph.model.NodeKind.CAPABILITY) {
            throw new EditRefusedException(node.key() + " is an OpenSpec " + node.kind().label() + ": its state follows"
                    + (node.kind() == io.specgraph.model.NodeKind.CHANGE ? " its tasks and the archive (check tasks in "
                    + "tasks.md, archive it when done)" : " the changes archived into it") + ", not a status field");
        }
        if (a.op() != MetaEditor.Op.SET || !Lifecycle.hasLifecycle(node.kind())) {
            return;
        }
        Optional<LifecycleState> to = lifecycle.map(node.kind(), a.value());
        if (to.isEmpty()) {
            throw new EditRefusedException("'" + a.value().strip() + "' is not a state of the "
                    + (node.kind() == io.specgraph.model.NodeKind.ADR ? "ADR" : "spec") + " lifecycle; use one of: "
                    + Lifecycle.labels(lifecycle.states(node.kind())) + " (or --force)");
        }
        LifecycleState from = node.state() != null ? node.state()
                : lifecycle.map(node.kind(), node.status()).orElse(null);
        if (!lifecycle.allows(node.kind(), from, to.get())) {
            Set<LifecycleState> next = lifecycle.next(node.kind(), from);
            throw new EditRefusedException(node.key() + " cannot go from " + from.label() + " to " + to.get().label()
                    + "; legal next states: " + (next.isEmpty() ? "none" : Lifecycle.labels(next))
                    + " (or --force)");
        }
        Optional<GateGuard> guard = GateGuard.refusal(workspace, node, to.get());
        if (guard.isPresent()) {
            throw new EditRefusedException(guard.get().sentence(node.key(), to.get())
                    + "; run specgraph check to see why (or --force)");
        }
    }

    private Change apply(Node node, Assignment a) throws WorkspaceException {
        RepoPlan plan = plan(node.repo());
        MetaValue existing = node.meta().get(a.key()).filter(v -> v.source() != MetaSource.DERIVED).orElse(null);
        String path = existing != null ? existing.path() : home(node);
        if (path.endsWith(".json")) {
            throw new WorkspaceException("cannot edit " + node.repo() + "/" + path + ": Specgraph edits markdown and YAML;"
                    + " change the JSON by hand");
        }
        DocumentLoader.Loaded loaded = path.endsWith(".openspec.yaml")
                && !java.nio.file.Files.exists(plan.info().path().resolve(path))
                ? DocumentLoader.fromBytes(node.repo(), path, new byte[0])
                : DocumentLoader.load(node.repo(), plan.info().path(), path);
        if (!loaded.ok()) {
            throw new WorkspaceException("cannot edit " + node.repo() + "/" + path + ": " + loaded.problem().message());
        }
        Edit edit;
        try {
            edit = MetaEditor.apply(loaded.document(), node.repo(), existing, a.key(), a.op(), a.value());
        } catch (IllegalStateException e) {
            throw new WorkspaceException("cannot edit " + node.repo() + "/" + path + " safely: " + e.getMessage()
                    + "; nothing was written");
        }
        if (edit.changed()) {
            try {
                Files2.writeAtomically(plan.info().path().resolve(path), edit.after().bytes());
            } catch (IOException e) {
                throw new WorkspaceException("cannot write " + node.repo() + "/" + path + ": " + e.getMessage(), e);
            }
        }
        return new Change(node.repo(), path, edit.line(), edit.description(), edit.changed());
    }

    /**
     * Where a node keeps keys it does not have yet: a YAML sidecar when it has one; an OpenSpec change's
     * {@code .openspec.yaml} (created when missing, so no front matter lands in an OpenSpec artifact); else its main
     * file.
     */
    private static String home(Node node) {
        for (MetaValue v : node.meta().asMap().values()) {
            if (v.source() == MetaSource.SIDECAR && FileIndex.isYaml(v.path())) {
                return v.path();
            }
        }
        if (node.kind() == io.specgraph.model.NodeKind.CHANGE) {
            return FileIndex.join(FileIndex.parent(node.path()), ".openspec.yaml");
        }
        return node.path();
    }

    /** Reads the node's unit again from disk, so spans match the file as it is now (matched by path). */
    private Node reread(Node node) throws WorkspaceException {
        RepoPlan plan = plan(node.repo());
        for (Unit u : plan.units()) {
            if (!u.files().contains(node.path()) && !u.path().equals(node.path())) {
                continue;
            }
            ReadResult r = reader.read(plan.context(), u, DocumentSource.disk(node.repo(), plan.info().path()));
            for (Node n : r.nodes()) {
                if (n.path().equals(node.path())) {
                    return n.withState(node.state());
                }
            }
        }
        throw new WorkspaceException(node.repo() + "/" + node.path() + " cannot be read again; nothing was written");
    }

    private RepoPlan plan(String repo) throws WorkspaceException {
        for (RepoPlan p : workspace.plans()) {
            if (p.info().name().equals(repo)) {
                return p;
            }
        }
        throw new WorkspaceException("repo " + repo + " is not loaded");
    }

}
