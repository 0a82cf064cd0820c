package io.specgraph.engine;

import io.specgraph.graph.gate.Verdict;
import io.specgraph.graph.gate.rules.LC2GateBypassed;
import io.specgraph.model.Finding;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why a node may not move to Approved, Implementing or Done yet: the gates that fail for it and the error rules
 * behind them (gates.md §3). One check for {@code specgraph set status=} and the editor's status control.
 *
 * @param failingGates the labels of the failing gates, in gate order
 * @param rules        the rule ids of the node's gate errors, sorted
 */
public record GateGuard(List<String> failingGates, List<String> rules) {

    public GateGuard {
        failingGates = List.copyOf(failingGates);
        rules = List.copyOf(rules);
    }

    /** The refusal for moving {@code node} to {@code to} in {@code ws}, or empty when the gates allow it. */
    public static Optional<GateGuard> refusal(Workspace ws, Node node, LifecycleState to) {
        if (!LC2GateBypassed.GUARDED.contains(to) || !ws.gates().verdicts().containsKey(node.key())
                || ws.gates().allPass(node.key())) {
            return Optional.empty();
        }
        List<String> failing = new ArrayList<>();
        ws.gates().verdicts().get(node.key()).forEach((g, v) -> {
            if (v == Verdict.FAIL) {
                failing.add(g.label());
            }
        });
        Set<String> rules = new TreeSet<>();
        for (Finding f : ws.findings()) {
            if (f.gate() != null && f.isError() && node.id().equals(f.node()) && node.repo().equals(f.repo())) {
                rules.add(f.rule());
            }
        }
        return Optional.of(new GateGuard(failing, List.copyOf(rules)));
    }

    /** {@code WHO cannot be Approved while ready-to-implement fails (RI1)}. */
    public String sentence(String who, LifecycleState to) {
        return who + " cannot be " + to.label() + " while " + String.join(", ", failingGates)
                + (failingGates.size() == 1 ? " fails" : " fail") + " (" + String.join(", ", rules) + ")";
    }
}
