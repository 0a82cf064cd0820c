package io.specgraph.graph.gate;

import io.specgraph.graph.SpecGraph;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the rules: every node rule on every node it applies to (in parallel; rules are pure), then the verdict
 * rules, the per-item validators (OpenSpec) and the repo rules; applies the policy (rules off, severities) and
 * gives each gated node a verdict per gate: pass (no error finding of the gate), fail, or n/a (no rule of the gate
 * applies to the node's kind). Specs get all five gates; contracts get integration-safety alone.
 */
public final class Gates {

    private final List<Rule> rules;
    private final List<VerdictRule> verdictRules;
    private final List<ItemCheck> itemChecks;
    private final List<RepoRule> repoRules;

    public Gates(List<Rule> rules, List<VerdictRule> verdictRules, List<ItemCheck> itemChecks,
                 List<RepoRule> repoRules) {
        this.rules = List.copyOf(rules);
        this.verdictRules = List.copyOf(verdictRules);
        this.itemChecks = List.copyOf(itemChecks);
        this.repoRules = List.copyOf(repoRules);
    }

    /** The default rule set. */
    public static Gates standard() {
        return new Gates(StandardRules.nodeRules(), StandardRules.verdictRules(), StandardRules.itemChecks(),
                StandardRules.repoRules());
    }

    public List<Rule> rules() {
        return rules;
    }

    /** What one node's rules said. */
    public record NodeReport(String key, List<Finding> findings, Map<Gate, Verdict> verdicts,
                             OpenSpecVerdict openspec) {
        public NodeReport {
            findings = List.copyOf(findings);
            verdicts = verdicts.isEmpty() ? Map.of() : new EnumMap<>(verdicts);
        }
    }

    /** Runs every rule over the graph. */
    public GateReport run(RuleContext ctx) {
        SpecGraph g = ctx.graph();
        List<NodeReport> reports = g.nodes().parallelStream().map(n -> checkNode(n, ctx)).toList();
        return assemble(reports, repoFindings(ctx), ctx.policy());
    }

    /** Puts node reports (in node order) and repo findings together. */
    public static GateReport assemble(List<NodeReport> reports, List<Finding> repoFindings, Policy policy) {
        List<Finding> findings = new ArrayList<>(policy.problems());
        Map<String, Map<Gate, Verdict>> verdicts = new LinkedHashMap<>();
        List<OpenSpecVerdict> openspec = new ArrayList<>();
        for (NodeReport r : reports) {
            findings.addAll(r.findings());
            if (!r.verdicts().isEmpty()) {
                verdicts.put(r.key(), r.verdicts());
            }
            if (r.openspec() != null) {
                openspec.add(r.openspec());
            }
        }
        findings.addAll(repoFindings);
        return new GateReport(findings, verdicts, openspec, policy);
    }

    /** The findings of the repo rules (LC5), policy applied. */
    public List<Finding> repoFindings(RuleContext ctx) {
        List<Finding> out = new ArrayList<>();
        for (RepoInfo repo : ctx.graph().repos()) {
            for (RepoRule r : repoRules) {
                if (!ctx.policy().off().contains(r.id())) {
                    List<Finding> raw = new ArrayList<>();
                    r.check(repo.name(), ctx, raw);
                    raw.forEach(f -> ctx.policy().apply(f).ifPresent(out::add));
                }
            }
        }
        return out;
    }

    /**
     * Runs every rule on one node. A node rule, verdict rule or item check that throws (a bug) is reported as an RD0
     * finding on the node, and the others still run; a rule's {@code appliesTo} must not throw.
     */
    public NodeReport checkNode(Node node, RuleContext ctx) {
        Policy policy = ctx.policy();
        boolean judged = GateScope.judges(node, policy.gates());
        List<Finding> raw = new ArrayList<>();
        for (Rule r : rules) {
            if (!policy.off().contains(r.id()) && (r.gate() == null || judged) && r.appliesTo(node)) {
                try {
                    r.check(node, ctx, raw);
                } catch (RuntimeException e) {
                    raw.add(failed("rule " + r.id(), node, e));
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        raw.forEach(f -> policy.apply(f).ifPresent(findings::add));
        Map<Gate, Verdict> verdicts = judged ? verdicts(node, findings, policy) : Map.of();
        if (!verdicts.isEmpty()) {
            List<Finding> more = new ArrayList<>();
            for (VerdictRule vr : verdictRules) {
                if (!policy.off().contains(vr.id())) {
                    try {
                        vr.check(node, verdicts, findings, ctx, more);
                    } catch (RuntimeException e) {
                        more.add(failed("rule " + vr.id(), node, e));
                    }
                }
            }
            more.forEach(f -> policy.apply(f).ifPresent(findings::add));
        }
        OpenSpecVerdict openspec = null;
        for (ItemCheck check : itemChecks) {
            ItemCheck.Item item;
            try {
                item = check.validate(node, ctx);
            } catch (RuntimeException e) {
                policy.apply(failed("check " + check.getClass().getSimpleName(), node, e)).ifPresent(findings::add);
                continue;
            }
            if (item != null) {
                item.findings().forEach(f -> policy.apply(f).ifPresent(findings::add));
                openspec = new OpenSpecVerdict(item.repo(), item.type(), item.id(), node.key(), item.valid(),
                        item.validStrict());
            }
        }
        return new NodeReport(node.key(), findings, verdicts, openspec);
    }

    /**
     * The finding that stands for a rule that threw on {@code node} (a bug, RD0): the node is reported instead of
     * the whole check failing. It has no gate, so the node's verdicts do not change.
     */
    private static Finding failed(String what, Node node, RuntimeException e) {
        return new Finding("RD0", Severity.ERROR, null, node.id(), node.repo(), node.path(), 0, 0,
                what + " failed on " + node.id() + " (" + e.getClass().getSimpleName() + ")",
                "please report this with the file attached");
    }

    private Map<Gate, Verdict> verdicts(Node node, List<Finding> findings, Policy policy) {
        if (!node.kind().isGatedSpec() && node.kind() != NodeKind.CONTRACT) {
            return Map.of();
        }
        Map<Gate, Verdict> out = new EnumMap<>(Gate.class);
        for (Gate gate : Gate.values()) {
            if (node.kind() == NodeKind.CONTRACT && gate != Gate.INTEGRATION_SAFETY) {
                continue;
            }
            if (!applies(gate, node, policy)) {
                out.put(gate, Verdict.NA);
                continue;
            }
            boolean fails = false;
            for (Finding f : findings) {
                fails |= f.gate() == gate && f.isError();
            }
            out.put(gate, fails ? Verdict.FAIL : Verdict.PASS);
        }
        return out;
    }

    private boolean applies(Gate gate, Node node, Policy policy) {
        for (Rule r : rules) {
            if (r.gate() == gate && !policy.off().contains(r.id()) && r.appliesTo(node)) {
                return true;
            }
        }
        return false;
    }

    /** The rule with {@code id}, if any. */
    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
