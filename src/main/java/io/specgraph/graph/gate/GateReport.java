package io.specgraph.graph.gate;

import io.specgraph.graph.ConcatList;
import io.specgraph.graph.SortedArrayMap;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;

import java.util.List;
import java.util.Map;

/**
 * What the gates said: the rule findings (policy applied), each gated node's verdict per gate (by node key, in
 * node order), the OpenSpec verdicts, and the policy that was applied.
 */
public record GateReport(List<Finding> findings, Map<String, Map<Gate, Verdict>> verdicts,
                         List<OpenSpecVerdict> openspec, Policy policy) {

    public GateReport {
        // Immutable, ordered parts (a live workspace's, shared with its last report) are kept as they are.
        findings = findings instanceof ConcatList ? findings : List.copyOf(findings);
        verdicts = verdicts instanceof SortedArrayMap ? verdicts
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(verdicts));
        openspec = List.copyOf(openspec);
    }

    /** True when every gate that applies to the node passes (false for nodes without gates). */
    public boolean allPass(String nodeKey) {
        Map<Gate, Verdict> v = verdicts.get(nodeKey);
        return v != null && v.values().stream().noneMatch(x -> x == Verdict.FAIL);
    }
}
