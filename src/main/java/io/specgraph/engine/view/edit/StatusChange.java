package io.specgraph.engine.view.edit;

import io.specgraph.engine.GateGuard;
import io.specgraph.engine.Workspace;
import io.specgraph.graph.Lifecycle;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;
import io.specgraph.template.Edit;
import io.specgraph.template.MetaEditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Status changes in the editor, with the rules of {@code specgraph set status=}: only the lifecycle's legal next
 * states are offered; Approved, Implementing and Done are refused while one of the node's gates fails (naming the
 * failing gates and rules); an accepted change is the smallest edit of the buffer ({@link MetaEditor}).
 */
public final class StatusChange {

    /** A state the status control offers: legal from the current state; {@code refusal} non-null while guarded. */
    public record Option(LifecycleState state, String refusal, List<String> rules) {
        public Option {
            rules = List.copyOf(rules);
        }

        public boolean allowed() {
            return refusal == null;
        }
    }

    /** The outcome of a change: the new buffer, or why not (with the failing rules). */
    public record Outcome(byte[] bytes, String message, List<String> rules, int line) {
        public Outcome {
            rules = List.copyOf(rules);
        }

        public boolean applied() {
            return bytes != null;
        }
    }

    private final Lifecycle lifecycle = new Lifecycle();

    /** The node's current state (written, or mapped from its status text); null when unknown. */
    public LifecycleState current(Node node) {
        return node.state() != null ? node.state() : lifecycle.map(node.kind(), node.status()).orElse(null);
    }

    /** The legal next states of {@code node} in {@code ws}, each allowed or refused; empty without a lifecycle. */
    public List<Option> options(Workspace ws, Node node) {
        if (!editable(node)) {
            return List.of();
        }
        LifecycleState from = current(node);
        List<Option> out = new ArrayList<>();
        for (LifecycleState s : lifecycle.next(node.kind(), from)) {
            if (s != from) {
                out.add(option(ws, node, s));
            }
        }
        return List.copyOf(out);
    }

    private static boolean editable(Node node) {
        return Lifecycle.hasLifecycle(node.kind()) && node.kind() != NodeKind.CHANGE
                && node.kind() != NodeKind.CAPABILITY;
    }

    private Option option(Workspace ws, Node node, LifecycleState to) {
        return GateGuard.refusal(ws, node, to).map(g -> new Option(to, g.sentence(node.id(), to), g.rules()))
                .orElseGet(() -> new Option(to, null, List.of()));
    }

    /**
     * Sets {@code node}'s status to {@code to} in {@code buffer} (the bytes of the node's main file as edited), or
     * says why not. {@code ws} is the snapshot that checked this buffer.
     */
    public Outcome apply(Workspace ws, Node node, byte[] buffer, LifecycleState to) {
        if (!editable(node)) {
            return refused(node.id() + " has no status lifecycle here", List.of());
        }
        LifecycleState from = current(node);
        if (!lifecycle.allows(node.kind(), from, to)) {
            Set<LifecycleState> next = lifecycle.next(node.kind(), from);
            return refused(node.id() + " cannot go from " + (from == null ? "?" : from.label()) + " to " + to.label()
                    + "; legal next states: " + (next.isEmpty() ? "none" : Lifecycle.labels(next)), List.of());
        }
        Option o = option(ws, node, to);
        if (!o.allowed()) {
            return refused(o.refusal(), o.rules());
        }
        Optional<RepoPlan> plan = ws.plans().stream().filter(p -> p.info().name().equals(node.repo())).findFirst();
        if (plan.isEmpty()) {
            return refused("repo " + node.repo() + " is not loaded", List.of());
        }
        DocumentLoader.Loaded doc = DocumentLoader.fromBytes(node.repo(), node.path(), buffer);
        Node fresh = reread(plan.get(), node, buffer).orElse(null);
        if (!doc.ok() || fresh == null) {
            return refused("the buffer cannot be read as " + node.id() + " any more; fix it first", List.of());
        }
        MetaValue existing = fresh.meta().get(Keys.STATUS).filter(v -> v.source() != MetaSource.DERIVED).orElse(null);
        if (existing != null && !existing.path().equals(node.path())) {
            return refused("the status of " + node.id() + " is written in " + existing.path() + "; edit it there",
                    List.of());
        }
        try {
            Edit e = MetaEditor.apply(doc.document(), node.repo(), existing, Keys.STATUS, MetaEditor.Op.SET,
                    to.label());
            return new Outcome(e.after().bytes(), e.description(), List.of(), e.line());
        } catch (IllegalStateException e) {
            return refused("cannot change the status safely: " + e.getMessage(), List.of());
        }
    }

    private static Optional<Node> reread(RepoPlan plan, Node node, byte[] buffer) {
        DocumentSource src = DocumentSource.overlay(node.repo(),
                DocumentSource.disk(node.repo(), plan.info().path()), Map.of(node.path(), buffer));
        RepoReader reader = RepoReader.standard();
        for (Unit u : plan.units()) {
            if (!u.files().contains(node.path()) && !u.path().equals(node.path())) {
                continue;
            }
            ReadResult r = reader.read(plan.context(), u, src);
            for (Node n : r.nodes()) {
                if (n.path().equals(node.path())) {
                    return Optional.of(n);
                }
            }
        }
        return Optional.empty();
    }

    private static Outcome refused(String why, List<String> rules) {
        return new Outcome(null, why, rules, 0);
    }
}
