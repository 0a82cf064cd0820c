package io.specgraph.cli;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.RepoSpec;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --workspace F} option every workspace command shares; the repo folders (TARGET…) are positional
 * parameters each command declares in its own place.
 */
final class WorkspaceOptions {

    @Option(names = "--workspace", paramLabel = "F", description = "A workspace file (JSON) naming the repos.")
    Path workspaceFile;

    List<RepoSpec> repos(List<Path> targets) {
        try {
            return Targets.resolve(targets == null ? List.of() : targets, workspaceFile);
        } catch (WorkspaceException e) {
            throw CliException.usage(e.getMessage());
        }
    }

    Workspace load(List<Path> targets) {
        return Workspace.load(repos(targets));
    }
}
