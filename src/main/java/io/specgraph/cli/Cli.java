package io.specgraph.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Runs the command line: parses arguments, runs the command, maps errors to one-line messages and exit codes. */
public final class Cli {

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    private static volatile ViewRenderer renderer;

    private Cli() {
    }

    /** The app's offscreen renderer for {@code render} (set before {@link #run}). */
    public static void setRenderer(ViewRenderer r) {
        renderer = r;
    }

    static ViewRenderer renderer() {
        return renderer;
    }

    /** Runs {@code args} on the process's standard streams; returns the exit code. Never throws. */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    /** Runs {@code args}; returns the exit code. Never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter outWriter = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errWriter = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cl = new CommandLine(new RootCommand());
        cl.setOut(outWriter);
        cl.setErr(errWriter);
        cl.setParameterExceptionHandler((ex, a) -> {
            errWriter.println("specgraph: " + ex.getMessage());
            errWriter.println("Try 'specgraph " + commandName(ex.getCommandLine()) + "--help' for usage.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException ce) {
                errWriter.println("specgraph: " + ce.getMessage());
                return ce.exitCode();
            }
            return internalError(ex, errWriter);
        });
        int code;
        try {
            code = cl.execute(args);
        } catch (StackOverflowError | OutOfMemoryError | RuntimeException ex) {
            code = internalError(ex, errWriter);
        }
        outWriter.flush();
        errWriter.flush();
        return code;
    }

    /** One line for the user; the stack trace only in the debug log. */
    private static int internalError(Throwable ex, PrintWriter err) {
        LOG.debug("internal error", ex);
        err.println("specgraph: internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + firstLine(ex.getMessage()))
                + " (run with -Dspecgraph.log.level=DEBUG for details)");
        return ExitCodes.USAGE;
    }

    private static String commandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
