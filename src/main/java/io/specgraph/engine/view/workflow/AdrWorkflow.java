package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Files2;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.graph.Lifecycle;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.parse.Document;
import io.specgraph.parse.RepoPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ADR lifecycle as document edits (gates.md §3): move a Proposed ADR to In Review, approve or reject an ADR in
 * review, supersede an approved ADR with another (both sides of the link). Approving also returns the specs it
 * blocked to Approved when nothing else holds them ({@link AdrBlockedSpecs}). A step is first planned — every edit
 * computed in memory, illegal steps refused — then applied: each file atomically, and only when none changed on
 * disk since it was read.
 */
public final class AdrWorkflow {

    private final Workspace ws;
    private final Lifecycle lifecycle = new Lifecycle();

    public AdrWorkflow(Workspace ws) {
        this.ws = ws;
    }

    /** The steps legal for the ADR {@code adrKey} now, in menu order (none for an unknown key or a non-ADR). */
    public List<AdrAction> actions(String adrKey) {
        Optional<Node> adr = ws.graph().node(adrKey).filter(n -> n.kind() == NodeKind.ADR);
        if (adr.isEmpty()) {
            return List.of();
        }
        List<AdrAction> out = new ArrayList<>();
        for (AdrAction a : AdrAction.values()) {
            if (legal(adr.get(), a.target()) && (a != AdrAction.SUPERSEDE || !candidates(adrKey).isEmpty())) {
                out.add(a);
            }
        }
        return out;
    }

    /** The ADRs that may supersede {@code adrKey}: the other live ADRs of its repo, by id. */
    public List<Node> candidates(String adrKey) {
        Optional<Node> adr = ws.graph().node(adrKey);
        if (adr.isEmpty()) {
            return List.of();
        }
        return ws.graph().nodes().stream()
                .filter(n -> n.kind() == NodeKind.ADR && n.repo().equals(adr.get().repo())
                        && !n.key().equals(adrKey) && n.state() != LifecycleState.SUPERSEDED
                        && n.state() != LifecycleState.REJECTED && n.state() != LifecycleState.DEPRECATED)
                .sorted(Comparator.comparing(Node::id)).toList();
    }

    /**
     * Plans {@code action} on the ADR {@code adrKey}.
     *
     * @param newerKey for {@link AdrAction#SUPERSEDE}: the ADR that supersedes it (ignored otherwise)
     */
    public AdrPlan plan(AdrAction action, String adrKey, String newerKey) {
        Optional<Node> found = ws.graph().node(adrKey).filter(n -> n.kind() == NodeKind.ADR);
        if (found.isEmpty()) {
            return AdrPlan.refused(action, adrKey, adrKey, "no ADR " + adrKey + " in the workspace");
        }
        Node adr = found.get();
        if (!legal(adr, action.target())) {
            LifecycleState from = state(adr);
            return AdrPlan.refused(action, adrKey, adr.id(), adr.id() + " cannot go from "
                    + (from == null ? "no status" : from.label()) + " to " + action.target().label()
                    + "; legal next states: " + next(adr));
        }
        try {
            return switch (action) {
                case TO_REVIEW -> single(action, adr, "In Review");
                case APPROVE -> approve(adr);
                case REJECT -> reject(adr);
                case SUPERSEDE -> supersede(adr, newerKey);
            };
        } catch (AdrEdits.Refused e) {
            return AdrPlan.refused(action, adrKey, adr.id(), e.getMessage());
        }
    }

    private AdrPlan single(AdrAction action, Node adr, String word) throws AdrEdits.Refused {
        AdrFileEdit e = AdrEdits.status(adr, AdrEdits.load(adr, root(adr.repo()), Keys.STATUS),
                AdrEdits.spelled(adr, word));
        return new AdrPlan(action, adr.key(), adr.id(), List.of(e), List.of(), null);
    }

    private AdrPlan approve(Node adr) throws AdrEdits.Refused {
        List<AdrFileEdit> edits = new ArrayList<>(single(AdrAction.APPROVE, adr, "Accepted").edits());
        List<String> notes = new ArrayList<>();
        for (Node spec : blocked(adr)) {
            AdrBlockedSpecs.Verdict v = AdrBlockedSpecs.onApprove(ws, spec, adr);
            notes.add(v.note());
            if (!v.resume()) {
                continue;
            }
            AdrFileEdit e = AdrEdits.status(spec, AdrEdits.load(spec, root(spec.repo()), Keys.STATUS),
                    AdrBlockedSpecs.approvedWord(spec));
            if (edits.stream().anyMatch(x -> x.file().equals(e.file()))) {
                notes.set(notes.size() - 1, spec.id() + " shares " + e.file() + " with another document this step "
                        + "changes: set its status to Approved by hand");
            } else {
                edits.add(e);
            }
        }
        return new AdrPlan(AdrAction.APPROVE, adr.key(), adr.id(), edits, notes, null);
    }

    private AdrPlan reject(Node adr) throws AdrEdits.Refused {
        List<String> notes = new ArrayList<>();
        for (Node spec : blocked(adr)) {
            notes.add(spec.id() + " needs a new ADR: " + adr.id() + " is rejected, so " + spec.id()
                    + (spec.state() == LifecycleState.BLOCKED ? " stays Blocked" : " stays blocked (RI1)")
                    + " until its blocked_by names an approved decision or it is updated to the rejected path");
        }
        AdrPlan p = single(AdrAction.REJECT, adr, "Rejected");
        return new AdrPlan(AdrAction.REJECT, adr.key(), adr.id(), p.edits(), notes, null);
    }

    private AdrPlan supersede(Node older, String newerKey) throws AdrEdits.Refused {
        Optional<Node> newer = newerKey == null ? Optional.empty()
                : ws.graph().node(newerKey).filter(n -> n.kind() == NodeKind.ADR);
        if (newer.isEmpty()) {
            throw new AdrEdits.Refused("pick the ADR that supersedes " + older.id()
                    + (newerKey == null ? "" : ": " + newerKey + " is not an ADR of the workspace"));
        }
        if (newer.get().key().equals(older.key())) {
            throw new AdrEdits.Refused(older.id() + " cannot supersede itself");
        }
        if (!candidates(older.key()).contains(newer.get())) {
            throw new AdrEdits.Refused(newer.get().id() + " cannot supersede " + older.id()
                    + ": pick a Proposed, In Review or Approved ADR of the same repo (" + older.repo() + ")");
        }
        Node n = newer.get();
        List<AdrFileEdit> edits = new ArrayList<>();
        edits.add(AdrEdits.status(older, AdrEdits.load(older, root(older.repo()), Keys.STATUS),
                AdrEdits.supersededBy(older, n)));
        Document newerDoc = AdrEdits.load(n, root(n.repo()), Keys.STATUS);
        AdrEdits.supersedes(n, older, newerDoc).ifPresent(edits::add);
        List<String> notes = new ArrayList<>();
        for (Node spec : blocked(older)) {
            notes.add(spec.id() + " is blocked by " + older.id() + ", which will be Superseded: point its blocked_by "
                    + "at " + n.id());
        }
        return new AdrPlan(AdrAction.SUPERSEDE, older.key(), older.id(), edits, notes, null);
    }

    /**
     * Writes the plan's edits: checks first that no file changed on disk since the plan read it, then writes each
     * atomically (a file that fails to write puts back the ones already written).
     *
     * @return the files written, {@code repo/path}
     */
    public List<String> apply(AdrPlan plan) throws WorkspaceException {
        if (!plan.ok()) {
            throw new WorkspaceException(plan.refusal());
        }
        Map<Path, AdrFileEdit> targets = new LinkedHashMap<>();
        for (AdrFileEdit e : plan.edits()) {
            Path file;
            try {
                file = root(e.repo()).resolve(e.path());
            } catch (AdrEdits.Refused r) {
                throw new WorkspaceException(r.getMessage());
            }
            try {
                if (!Arrays.equals(Files.readAllBytes(file), e.before().bytes())) {
                    throw new WorkspaceException(e.file() + " changed on disk since it was read; nothing was written "
                            + "(reload and try again)");
                }
            } catch (IOException ex) {
                throw new WorkspaceException("cannot read " + e.file() + ": " + ex.getMessage(), ex);
            }
            targets.put(file, e);
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, AdrFileEdit> t : targets.entrySet()) {
            try {
                Files2.writeAtomically(t.getKey(), t.getValue().after().bytes());
                written.add(t.getKey());
            } catch (IOException ex) {
                for (Path done : written) {
                    try {
                        Files2.writeAtomically(done, targets.get(done).before().bytes());
                    } catch (IOException ignored) {
                        // reported below: the message names the file that failed
                    }
                }
                throw new WorkspaceException("cannot write " + t.getValue().file() + ": " + ex.getMessage()
                        + "; the files already written were put back", ex);
            }
        }
        return plan.files();
    }

    /** The specs with a blocked-by edge to {@code adr}, by id. */
    private List<Node> blocked(Node adr) {
        List<Node> out = new ArrayList<>();
        for (Edge e : ws.graph().incoming(adr.key(), EdgeKind.BLOCKED_BY)) {
            ws.graph().node(e.from()).filter(n -> !out.contains(n)).ifPresent(out::add);
        }
        out.sort(Comparator.comparing(Node::key));
        return out;
    }

    private boolean legal(Node adr, LifecycleState to) {
        LifecycleState from = state(adr);
        return from != to && lifecycle.allows(NodeKind.ADR, from, to);
    }

    private String next(Node adr) {
        var n = lifecycle.next(NodeKind.ADR, state(adr));
        return n.isEmpty() ? "none" : Lifecycle.labels(n);
    }

    private LifecycleState state(Node adr) {
        return adr.state() != null ? adr.state() : lifecycle.map(NodeKind.ADR, adr.status()).orElse(null);
    }

    private Path root(String repo) throws AdrEdits.Refused {
        for (RepoPlan p : ws.plans()) {
            if (p.info().name().equals(repo)) {
                return p.info().path();
            }
        }
        throw new AdrEdits.Refused("repo " + repo + " is not loaded");
    }
}
