package io.specgraph.cli;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.RepoSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The options every workspace command shares: repo folders and {@code --workspace F}. */
final class WorkspaceOptions {

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repo folders (roles detected), or a folder holding a workspace.json. Default: .")
    List<Path> targets = new ArrayList<>();

    @Option(names = "--workspace", paramLabel = "F", description = "A workspace file (JSON) naming the repos.")
    Path workspaceFile;

    List<RepoSpec> repos() {
        try {
            return Targets.resolve(targets, workspaceFile);
        } catch (WorkspaceException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    Workspace load() {
        return Workspace.load(repos());
    }
}
