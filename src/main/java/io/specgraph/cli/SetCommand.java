package io.specgraph.cli;

import io.specgraph.engine.Assignment;
import io.specgraph.engine.EditRefusedException;
import io.specgraph.engine.Editing;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code specgraph set NODE FIELD=VALUE… [TARGET…]}: edit metadata with the smallest text change. */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = {"Edit a node's metadata with the smallest text change (never commits).",
                "FIELD=VALUE sets, FIELD+=ITEM appends to a list, FIELD-=ITEM removes from it."})
final class SetCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NODE", description = "The node: id or repo/id.")
    private String node;

    @Parameters(index = "1..*", paramLabel = "FIELD=VALUE|TARGET", arity = "1..*",
            description = "Assignments, then repo folders (default: .).")
    private List<String> rest = new ArrayList<>();

    @Option(names = "--workspace", paramLabel = "F", description = "A workspace file (JSON) naming the repos.")
    private Path workspaceFile;

    @Option(names = "--force", description = "Allow any lifecycle transition (scripted migrations).")
    private boolean force;

    @Override
    public Integer call() {
        List<Assignment> assignments = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        for (String r : rest) {
            Assignment a = Assignment.parse(r);
            if (a != null && targets.isEmpty()) {
                assignments.add(a);
            } else if (a == null) {
                targets.add(Path.of(r));
            } else {
                throw CliException.usage("assignment " + r + " after a target; put FIELD=VALUE before the folders");
            }
        }
        if (assignments.isEmpty()) {
            throw CliException.usage("nothing to set: give at least one FIELD=VALUE");
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            Workspace ws = Workspace.load(Targets.resolve(targets, workspaceFile));
            for (Editing.Change c : new Editing(ws).set(node, assignments, force)) {
                String where = c.repo() + "/" + c.path() + (c.line() > 0 ? ":" + c.line() : "");
                out.println(where + ": " + (c.changed() ? c.description() : "unchanged (" + c.description() + ")"));
            }
            out.flush();
            return ExitCodes.OK;
        } catch (WorkspaceException e) {
            throw CliException.usage(e.getMessage());
        } catch (EditRefusedException e) {
            throw new CliException("refused: " + e.getMessage(), ExitCodes.FINDINGS);
        }
    }
}
