package io.specgraph.parse;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.List;

/** What reading a unit gave: nodes and findings. */
public record ReadResult(List<Node> nodes, List<Finding> findings) {

    public static final ReadResult EMPTY = new ReadResult(List.of(), List.of());

    public ReadResult {
        nodes = List.copyOf(nodes);
        findings = List.copyOf(findings);
    }

    public static ReadResult of(Node node, List<Finding> findings) {
        return new ReadResult(List.of(node), findings);
    }

    public static ReadResult problem(Finding finding) {
        return new ReadResult(List.of(), List.of(finding));
    }

    /** Collects nodes and findings. */
    public static final class Builder {
        private final List<Node> nodes = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();

        public Builder node(Node node) {
            nodes.add(node);
            return this;
        }

        public Builder finding(Finding finding) {
            findings.add(finding);
            return this;
        }

        public Builder findings(List<Finding> more) {
            findings.addAll(more);
            return this;
        }

        public Builder add(ReadResult other) {
            nodes.addAll(other.nodes());
            findings.addAll(other.findings());
            return this;
        }

        public ReadResult build() {
            return new ReadResult(nodes, findings);
        }
    }
}
