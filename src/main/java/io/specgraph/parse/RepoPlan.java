package io.specgraph.parse;

import io.specgraph.model.Finding;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.RepoSpec;
import io.specgraph.model.SpecGraphFile;

import java.util.List;
import java.util.Objects;

/**
 * A repo ready to be read: what it is ({@link RepoInfo}), what readers need to know ({@link RepoContext}), the
 * units to read, findings about the repo itself, and its {@code spec-graph.json} when it keeps one.
 */
public record RepoPlan(RepoSpec spec, RepoInfo info, RepoContext context, List<Unit> units, List<Finding> findings,
                       SpecGraphFile graphFile) {

    public RepoPlan {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(info, "info");
        Objects.requireNonNull(context, "context");
        units = List.copyOf(units);
        findings = List.copyOf(findings);
    }
}
