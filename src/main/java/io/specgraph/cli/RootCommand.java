package io.specgraph.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code specgraph}: the top-level command. */
@Command(name = "specgraph", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The cross-repo spec graph: read, check and edit spec-driven development repos.",
        subcommands = {CheckCommand.class, GraphCommand.class, SetCommand.class, ImpactCommand.class, DemoCommand.class,
                SyncCommand.class, RenderCommand.class, ReportCommand.class},
        footer = {"", "Exit codes: 0 no failing finding, 1 failing findings, 2 usage or read error."})
final class RootCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        spec.commandLine().getErr().println("(With no arguments the desktop app opens; it needs a display, and none"
                + " was found.)");
        return ExitCodes.OK;
    }
}
