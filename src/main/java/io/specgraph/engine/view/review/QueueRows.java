package io.specgraph.engine.view.review;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.Resolver;
import io.specgraph.graph.SpecGraph;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Computes the reviewer queue's rows, category by category, from one snapshot. */
final class QueueRows {

    /** Node states after which nothing is asked of a reviewer any more. */
    private static final Set<LifecycleState> CLOSED = EnumSet.of(LifecycleState.DONE, LifecycleState.REJECTED,
            LifecycleState.SUPERSEDED, LifecycleState.DEPRECATED);

    private final Workspace ws;
    private final SpecGraph graph;
    private final LocalDate today;
    private final Map<String, List<Finding>> findings = new HashMap<>();
    private final List<ReviewRow> out = new ArrayList<>();

    QueueRows(Workspace ws, LocalDate today) {
        this.ws = ws;
        this.graph = ws.graph();
        this.today = today;
        for (Finding f : ws.findings()) {
            if (f.node() != null) {
                findings.computeIfAbsent(Node.key(f.repo(), f.node()), k -> new ArrayList<>()).add(f);
            }
        }
    }

    List<ReviewRow> build() {
        blocked();
        awaiting();
        failingGates();
        fromFindings();
        stalePacks();
        return out;
    }

    /** Specs with a blocked-by edge to an ADR that is not Approved: one row per spec and ADR. */
    private void blocked() {
        for (Edge e : graph.edges()) {
            if (e.kind() != EdgeKind.BLOCKED_BY) {
                continue;
            }
            Node spec = graph.node(e.from()).orElse(null);
            Node adr = graph.node(e.to()).orElse(null);
            if (spec == null || adr == null || adr.state() == LifecycleState.APPROVED) {
                continue;
            }
            List<String> rules = new ArrayList<>();
            for (Finding f : findings.getOrDefault(spec.key(), List.of())) {
                if ((f.rule().equals("RI1") || f.rule().equals("LC3")) && f.message().contains(adr.id())
                        && !rules.contains(f.rule())) {
                    rules.add(f.rule());
                }
            }
            LocalDate since = NodeFacts.since(adr);
            out.add(new ReviewRow(ReviewCategory.BLOCKED, spec.key(), spec.id(), spec.kind(), spec.title(),
                    spec.repo(), NodeFacts.status(spec), blockedReason(adr), NodeFacts.owner(adr, graph),
                    Severity.ERROR, rules, adr.key(), since, NodeFacts.ageDays(since, today), e.path(), e.line()));
        }
    }

    private String blockedReason(Node adr) {
        LifecycleState s = adr.state();
        String name = "blocked by " + adr.id();
        if (s == null) {
            return name + " (undecided" + (adr.status() == null ? "" : ": " + adr.status().strip()) + ")";
        }
        return switch (s) {
            case REJECTED -> name + " (Rejected): update the spec to the rejected path";
            case SUPERSEDED, DEPRECATED -> name + " (" + s.label() + ")" + successors(adr)
                    + ": point blocked_by at its replacement";
            default -> name + " (" + s.label() + ")";
        };
    }

    private String successors(Node adr) {
        List<String> by = graph.incoming(adr.key(), EdgeKind.SUPERSEDES).stream()
                .map(x -> graph.node(x.from()).map(Node::id).orElse(x.from())).toList();
        return by.isEmpty() ? "" : " by " + String.join(", ", by);
    }

    /** ADRs that are Proposed, In Review, or whose status maps to no state. */
    private void awaiting() {
        for (Node adr : graph.nodes()) {
            if (adr.kind() != NodeKind.ADR || adr.state() != null && adr.state() != LifecycleState.PROPOSED
                    && adr.state() != LifecycleState.IN_REVIEW) {
                continue;
            }
            List<String> blocks = ids(graph.incoming(adr.key(), EdgeKind.BLOCKED_BY));
            List<String> governs = ids(graph.incoming(adr.key(), EdgeKind.GOVERNED_BY));
            StringBuilder reason = new StringBuilder(adr.state() == null
                    ? "no known status" + (adr.status() == null ? "" : " ('" + adr.status().strip() + "')")
                    : adr.state().label());
            if (!blocks.isEmpty()) {
                reason.append(" — blocks ").append(String.join(", ", blocks));
            }
            if (!governs.isEmpty()) {
                reason.append(blocks.isEmpty() ? " — governs " : "; governs ").append(String.join(", ", governs));
            }
            LocalDate since = NodeFacts.since(adr);
            out.add(new ReviewRow(ReviewCategory.AWAITING_DECISION, adr.key(), adr.id(), adr.kind(), adr.title(),
                    adr.repo(), NodeFacts.status(adr), reason.toString(), NodeFacts.owner(adr, graph),
                    blocks.isEmpty() ? Severity.INFO : Severity.WARNING, List.of(), null, since,
                    NodeFacts.ageDays(since, today), adr.path(), 0));
        }
    }

    private List<String> ids(List<Edge> edges) {
        return edges.stream().map(e -> graph.node(e.from()).map(Node::id).orElse(e.from())).distinct().toList();
    }

    /** Every failing gate of every node: which gate, which rules, how many error findings. */
    private void failingGates() {
        for (Map.Entry<String, Map<Gate, Verdict>> v : ws.gates().verdicts().entrySet()) {
            Node n = graph.node(v.getKey()).orElse(null);
            if (n == null) {
                continue;
            }
            for (Gate g : Gate.values()) {
                if (v.getValue().get(g) != Verdict.FAIL) {
                    continue;
                }
                List<Finding> errors = findings.getOrDefault(n.key(), List.of()).stream()
                        .filter(f -> f.gate() == g && f.isError()).toList();
                Map<String, Integer> perRule = new LinkedHashMap<>();
                errors.forEach(f -> perRule.merge(f.rule(), 1, Integer::sum));
                StringBuilder reason = new StringBuilder(g.label()).append(" fails");
                if (!errors.isEmpty()) {
                    List<String> parts = new ArrayList<>();
                    perRule.forEach((r, c) -> parts.add(c == 1 ? r : r + " ×" + c));
                    reason.append(": ").append(String.join(", ", parts)).append(" — ")
                            .append(errors.get(0).message());
                }
                Finding first = errors.isEmpty() ? null : errors.get(0);
                LocalDate since = NodeFacts.since(n);
                out.add(new ReviewRow(ReviewCategory.FAILING_GATE, n.key(), n.id(), n.kind(), n.title(), n.repo(),
                        NodeFacts.status(n), reason.toString(), NodeFacts.owner(n, graph), Severity.ERROR,
                        List.copyOf(new TreeSet<>(perRule.keySet())), null, since, NodeFacts.ageDays(since, today),
                        first == null ? n.path() : first.path(), first == null ? 0 : first.line()));
            }
        }
    }

    /** Link problems and stale pins the rules reported: one row per finding (info findings left out). */
    private void fromFindings() {
        for (Finding f : ws.findings()) {
            ReviewCategory c = ReviewCategory.LINK_RULES.contains(f.rule()) ? ReviewCategory.LINK
                    : ReviewCategory.STALE_RULES.contains(f.rule()) ? ReviewCategory.STALE_PIN : null;
            if (c == null || f.severity() == Severity.INFO) {
                continue;
            }
            Node n = f.node() == null ? null : graph.node(Node.key(f.repo(), f.node())).orElse(null);
            out.add(n == null
                    ? new ReviewRow(c, null, f.path().isEmpty() ? f.repo() : f.path(), null, "", f.repo(), "",
                            f.message(), "", f.severity(), List.of(f.rule()), null, null, null, f.path(), f.line())
                    : row(c, n, f.message(), f.severity(), List.of(f.rule()), null, f.path(), f.line()));
        }
    }

    /**
     * Specs (not Done or closed) that pin an older context pack than the newest version of it, unless LC4 already
     * said so: the rules only ask a resumed spec to rebase, the reviewer sees every stale pin.
     */
    private void stalePacks() {
        for (Edge e : graph.edges()) {
            if (e.kind() != EdgeKind.USES_CONTEXT) {
                continue;
            }
            Node spec = graph.node(e.from()).orElse(null);
            Node pack = graph.node(e.to()).orElse(null);
            Version pinned = Version.parse(e.version() != null ? e.version() : pack == null ? null : pack.version());
            if (spec == null || pack == null || pinned == null || spec.state() != null && CLOSED.contains(spec.state())
                    || findings.getOrDefault(spec.key(), List.of()).stream().anyMatch(f -> f.rule().equals("LC4"))) {
                continue;
            }
            String base = Resolver.baseId(pack);
            List<Node> versions = graph.withId(base).stream()
                    .filter(p -> p.kind() == NodeKind.CONTEXT_PACK && p.repo().equals(pack.repo())).toList();
            Node newest = versions.isEmpty() ? null : Resolver.newestOf(versions);
            Version top = newest == null ? null : newest.parsedVersion();
            if (top == null || pinned.compareTo(top) >= 0) {
                continue;
            }
            String written = e.version() != null ? e.version() : pack.version();
            String reason = "pins " + base + " " + written + " while " + newest.version() + " is the newest"
                    + (spec.state() == LifecycleState.PAUSED ? ": rebase before resuming" : ": rebase the spec");
            out.add(row(ReviewCategory.STALE_PIN, spec, reason, Severity.WARNING, List.of(), newest.key(), e.path(),
                    e.line()));
        }
    }

    private ReviewRow row(ReviewCategory c, Node n, String reason, Severity severity, List<String> rules,
                          String related, String path, int line) {
        LocalDate since = NodeFacts.since(n);
        return new ReviewRow(c, n.key(), n.id(), n.kind(), n.title(), n.repo(), NodeFacts.status(n), reason,
                NodeFacts.owner(n, graph), severity, rules, related, since, NodeFacts.ageDays(since, today),
                path == null || path.isEmpty() ? n.path() : path, line);
    }
}
