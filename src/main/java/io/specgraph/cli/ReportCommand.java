package io.specgraph.cli;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.report.ReportSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code specgraph report --out DIR}: the spec graph as a self-contained static site, for teams who publish it. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the spec graph as a static HTML site: the graph (SVG), a page per node (metadata, gates,"
                + " findings, links), the reviewer queue, the ADR log and the traceability matrix.",
                "No server, no scripts, nothing loaded from the network: publish DIR as it is."})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repo folders, or a folder holding a workspace.json. Default: .")
    private List<Path> targets = new ArrayList<>();

    @Mixin
    private WorkspaceOptions workspace;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder to write the site into.")
    private Path out;

    @Override
    public Integer call() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw CliException.usage("--out " + out + " is a file, not a folder");
        }
        Workspace ws = workspace.load(targets);
        try {
            ReportSite.Result r = ReportSite.write(ws, out);
            spec.commandLine().getErr().println("specgraph: wrote " + r.pages() + " pages to " + r.dir()
                    + " (open index.html)");
        } catch (IOException e) {
            throw CliException.usage("cannot write the report into " + out + ": " + e.getMessage());
        }
        return ExitCodes.OK;
    }
}
