package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What approving an ADR means for a spec it blocks. A Blocked spec goes back to Approved (gates.md: Approved ⇄
 * Blocked) only when the result passes: every other {@code blocked_by} ADR is Approved and resolves (RI1), and no
 * other gate fails (LC2, "gate bypassed"). Its {@code blocked_by} keeps the ADR: an approved ADR satisfies RI1 and
 * the link records why the spec waited. A spec that is not Blocked keeps its status.
 */
final class AdrBlockedSpecs {

    /** The verdict for one spec: whether its status goes back to Approved, and the sentence saying why. */
    record Verdict(boolean resume, String note) {
    }

    private AdrBlockedSpecs() {
    }

    static Verdict onApprove(Workspace ws, Node spec, Node adr) {
        if (spec.state() != LifecycleState.BLOCKED) {
            return new Verdict(false, spec.id() + " is no longer blocked by " + adr.id() + " (its status "
                    + (spec.status() == null ? "is not set" : spec.status() + " stays") + ")");
        }
        List<String> waiting = new ArrayList<>();
        List<Edge> edges = ws.graph().outgoing(spec.key(), EdgeKind.BLOCKED_BY);
        for (Edge e : edges) {
            Optional<Node> other = ws.graph().node(e.to());
            if (other.isPresent() && !other.get().key().equals(adr.key())
                    && other.get().state() != LifecycleState.APPROVED) {
                waiting.add(other.get().id() + " (" + (other.get().state() == null ? "no status"
                        : other.get().state().label()) + ")");
            }
        }
        int named = spec.meta().items(Keys.BLOCKED_BY).size();
        if (named > edges.size()) {
            waiting.add((named - edges.size()) + " blocked_by reference(s) that resolve to nothing");
        }
        if (!waiting.isEmpty()) {
            return new Verdict(false, spec.id() + " stays Blocked: it also waits on " + String.join(", ", waiting));
        }
        Set<String> gates = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        for (Finding f : ws.findings()) {
            if (f.gate() != null && f.isError() && !"RI1".equals(f.rule()) && spec.id().equals(f.node())
                    && spec.repo().equals(f.repo())) {
                gates.add(f.gate().label());
                rules.add(f.rule());
            }
        }
        if (!gates.isEmpty()) {
            return new Verdict(false, spec.id() + " stays Blocked: it cannot be Approved while "
                    + String.join(", ", gates) + (gates.size() == 1 ? " fails" : " fail") + " ("
                    + String.join(", ", rules) + ")");
        }
        return new Verdict(true, spec.id() + " is unblocked: Blocked → Approved");
    }

    /** {@code Approved}, lower case when the spec writes its status in lower case. */
    static String approvedWord(Node spec) {
        String s = spec.status() == null ? "" : spec.status();
        boolean lower = s.chars().anyMatch(Character::isLetter) && s.equals(s.toLowerCase(Locale.ROOT));
        return lower ? "approved" : "Approved";
    }
}
