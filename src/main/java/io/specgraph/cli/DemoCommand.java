package io.specgraph.cli;

import io.specgraph.engine.Demo;
import io.specgraph.engine.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code specgraph demo DIR}: write the demo workspace (git repos with local bare remotes). */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Write the demo workspace (git repos with local bare remotes) to DIR.")
final class DemoCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A folder that does not exist yet, or is empty.")
    private Path dir;

    @Override
    public Integer call() {
        try {
            Demo.Result r = Demo.write(dir);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Wrote the demo workspace to " + r.dir() + ": " + String.join(", ", r.repos()) + " ("
                    + r.files() + " files), each a git repo with a bare remote in " + r.dir().resolve("remotes"));
            out.println("Next: specgraph check " + r.dir());
            out.flush();
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            throw CliException.usage(e.getMessage());
        }
    }
}
