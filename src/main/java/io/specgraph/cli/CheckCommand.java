package io.specgraph.cli;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code specgraph check}: read the repos, run the rules, report findings; exit 1 when something fails. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check specs, links and lifecycles across repos; exit 1 on failing findings.")
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, junit, github }

    @Spec
    private CommandSpec spec;

    @Mixin
    private WorkspaceOptions workspace;

    @Parameters(paramLabel = "TARGET", arity = "0..*",
            description = "Repo folders (roles detected), or a folder holding a workspace.json. Default: .")
    private List<Path> targets = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--strict", description = "Also fail on warnings.")
    private boolean strict;

    @Option(names = "--out", paramLabel = "F", description = "Write the report to F instead of standard output.")
    private Path out;

    @Override
    public Integer call() {
        Workspace ws = workspace.load(targets);
        String text = switch (format) {
            case text -> CheckText.render(ws);
            case json -> CheckJson.render(ws);
            case junit -> CheckJunit.render(ws, strict);
            case github -> CheckGithub.render(ws);
        };
        Output.write(text, out, spec.commandLine().getOut());
        return failing(ws, strict) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    static boolean failing(Workspace ws, boolean strict) {
        for (Finding f : ws.findings()) {
            if (f.severity() == Severity.ERROR || (strict && f.severity() == Severity.WARNING)) {
                return true;
            }
        }
        return false;
    }
}
