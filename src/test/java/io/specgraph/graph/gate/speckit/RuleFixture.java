package io.specgraph.graph.gate.speckit;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** A fixture folder loaded as a one-repo workspace (reader, graph and every rule), with lookups for tests. */
record RuleFixture(Workspace workspace) {

    static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    /** Loads {@code fixtures/<relative>} as a repo named after its folder. */
    static RuleFixture load(String relative) {
        return load(FIXTURES.resolve(relative));
    }

    static RuleFixture load(Path folder) {
        try {
            return new RuleFixture(Workspace.load(Targets.resolve(List.of(folder), null)));
        } catch (WorkspaceException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The findings of rule {@code id}, in report order. */
    List<Finding> findings(String id) {
        return workspace.findings().stream().filter(f -> f.rule().equals(id)).toList();
    }

    /** The findings of every SK rule. */
    List<Finding> specKit() {
        return workspace.findings().stream().filter(f -> f.rule().matches("SK[1-6]")).toList();
    }

    Node node(String id) {
        return workspace.graph().nodes().stream().filter(n -> n.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException(id));
    }
}
