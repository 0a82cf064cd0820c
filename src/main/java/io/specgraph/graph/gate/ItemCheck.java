package io.specgraph.graph.gate;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;

import java.util.List;

/**
 * A validator that gives a per-item verdict of its own, like {@code openspec validate}: it checks one node and says
 * whether it is valid by the tool's own levels (ERROR, WARNING), whatever the policy does to the findings.
 */
public interface ItemCheck {

    /** The outcome for one item: its findings and verdicts. */
    record Item(String repo, String type, String id, List<Finding> findings, boolean valid, boolean validStrict) {
        public Item {
            findings = List.copyOf(findings);
        }
    }

    /** The item for {@code node}, or null when this check does not validate it. */
    Item validate(Node node, RuleContext ctx);
}
