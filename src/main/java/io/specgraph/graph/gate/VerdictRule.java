package io.specgraph.graph.gate;

import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;

import java.util.List;
import java.util.Map;

/** A rule that judges a node by its gate verdicts (LC2), run after the gate rules of that node. */
public interface VerdictRule {

    String id();

    void check(Node node, Map<Gate, Verdict> verdicts, List<Finding> gateFindings, RuleContext ctx, List<Finding> out);
}
