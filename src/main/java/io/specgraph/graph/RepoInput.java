package io.specgraph.graph;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.SpecGraphFile;

import java.util.List;
import java.util.Objects;

/** One repo's read results, the input of {@link GraphBuilder}. */
public record RepoInput(RepoInfo info, List<Node> nodes, List<Finding> findings, SpecGraphFile graphFile) {

    public RepoInput {
        Objects.requireNonNull(info, "info");
        nodes = List.copyOf(nodes);
        findings = List.copyOf(findings);
    }
}
