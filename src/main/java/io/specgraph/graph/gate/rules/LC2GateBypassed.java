package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.graph.gate.VerdictRule;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** LC2: status Approved, Implementing or Done while one of the node's own gates fails ("gate bypassed"). */
public final class LC2GateBypassed implements VerdictRule {

    /** The states a spec may only take while its gates pass. */
    public static final Set<LifecycleState> GUARDED = EnumSet.of(LifecycleState.APPROVED, LifecycleState.IMPLEMENTING,
            LifecycleState.DONE);

    @Override
    public String id() {
        return "LC2";
    }

    @Override
    public void check(Node node, Map<Gate, Verdict> verdicts, List<Finding> gateFindings, RuleContext ctx,
                      List<Finding> out) {
        if (node.state() == null || !GUARDED.contains(node.state())) {
            return;
        }
        List<String> failing = new ArrayList<>();
        for (Map.Entry<Gate, Verdict> e : verdicts.entrySet()) {
            if (e.getValue() == Verdict.FAIL) {
                failing.add(e.getKey().label());
            }
        }
        if (failing.isEmpty()) {
            return;
        }
        Set<String> rules = new TreeSet<>();
        gateFindings.stream().filter(f -> f.isError() && f.gate() != null).forEach(f -> rules.add(f.rule()));
        MetaValue status = node.meta().get(Keys.STATUS).orElse(null);
        int line = status == null ? 0 : status.line();
        int column = status == null ? 0 : status.column();
        String path = status == null || status.path().isEmpty() ? node.path() : status.path();
        out.add(new Finding(id(), Severity.ERROR, null, node.id(), node.repo(), path, line, column,
                node.id() + " is " + node.state().label() + " while " + String.join(", ", failing) + " fail"
                        + (failing.size() == 1 ? "s" : "") + " (" + String.join(", ", rules) + "): gate bypassed",
                "fix the failing rules, or move the spec back to Draft until they pass"));
    }
}
