package io.specgraph.graph.gate;

import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;

import java.util.List;

/**
 * One rule: a pure check of one node, reading the node and the {@link RuleContext}, adding findings. A rule never
 * throws on content and never changes anything.
 */
public interface Rule {

    /** The stable rule id ({@code CC1}). */
    String id();

    /** The gate the rule belongs to, or null for format and lifecycle rules. */
    Gate gate();

    /** The default severity (a policy may change it). */
    Severity severity();

    /** One line: what the rule checks (used in docs and the gate panel). */
    String summary();

    /** True when the rule applies to {@code node} (its kind, layout); a gate with no applying rule is n/a. */
    boolean appliesTo(Node node);

    /** Checks {@code node}, adding findings to {@code out}. Called only when {@link #appliesTo} is true. */
    void check(Node node, RuleContext ctx, List<Finding> out);
}
