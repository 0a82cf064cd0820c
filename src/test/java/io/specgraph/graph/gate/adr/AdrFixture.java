package io.specgraph.graph.gate.adr;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.Finding;

import java.nio.file.Path;
import java.util.List;

/** A fixture folder loaded as a workspace (reader, graph and every rule), with the ADR format findings. */
record AdrFixture(Workspace workspace) {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static AdrFixture load(String relative) {
        return load(FIXTURES.resolve(relative));
    }

    static AdrFixture load(Path folder) {
        try {
            return new AdrFixture(Workspace.load(Targets.resolve(List.of(folder), null)));
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Finding> findings(String id) {
        return workspace.findings().stream().filter(f -> f.rule().equals(id)).toList();
    }

    /** The findings of the ADR format rules (ADR3–ADR5). */
    List<Finding> format() {
        return workspace.findings().stream().filter(f -> f.rule().matches("ADR[3-5]")).toList();
    }
}
