package io.specgraph.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs a workspace-loading command in a JVM tuned for short runs (docs/decisions/0006): C1-only JIT and the
 * parallel collector make a cold {@code check} of 10,000 documents about 35% faster on two cores, because the C2
 * compiler otherwise competes with the work for the whole run. {@code java -jar} cannot carry JVM options, so
 * {@code Main} starts the tuned JVM once (about 40 ms) and passes its exit code on. Skipped when already tuned,
 * when the user chose JIT options, when {@code SPECGRAPH_NO_RELAUNCH} is set, and when starting a process fails
 * (the command then runs in this JVM).
 */
final class TunedJvm {

    static final String MARKER = "SPECGRAPH_TUNED_JVM";
    private static final Set<String> HEAVY = Set.of("check", "graph", "set", "impact", "report", "sync");
    private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

    private TunedJvm() {
    }

    /** Runs {@code args} in a tuned JVM when that helps; the exit code, or empty to run here. */
    static OptionalInt run(String[] args) {
        if (args.length == 0 || !HEAVY.contains(args[0])) {
            return OptionalInt.empty();
        }
        return relaunch(args, FLAGS);
    }

    /**
     * Runs the desktop app in a JVM that maps the app's classes from a class-data archive (AppCDS) and compiles
     * with C1 only (docs/decisions/0010): start-up to a usable window drops from about 2.4 s to 1.3 s on two
     * cores, and the graph view draws as many frames. The archive is written by the first run (at its exit) into
     * {@code cdsDir}, named after the jar's size and time, so a new build makes a new one.
     */
    static OptionalInt runGui(Path cdsDir, String[] args) {
        String classPath = System.getProperty("java.class.path", "");
        Path jar = Path.of(classPath);
        if (classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar") || !Files.isRegularFile(jar)) {
            return OptionalInt.empty();
        }
        try {
            Files.createDirectories(cdsDir);
            Path archive = cdsDir.resolve("specgraph-" + Files.size(jar) + "-"
                    + Files.getLastModifiedTime(jar).toMillis() + ".jsa");
            String flag = Files.isRegularFile(archive) ? "-XX:SharedArchiveFile=" + archive
                    : "-XX:ArchiveClassesAtExit=" + archive;
            return relaunch(args, List.of(flag, "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-XX:TieredStopAtLevel=1"));
        } catch (IOException | SecurityException e) {
            return OptionalInt.empty();
        }
    }

    private static OptionalInt relaunch(String[] args, List<String> flags) {
        if (System.getenv(MARKER) != null || System.getenv("SPECGRAPH_NO_RELAUNCH") != null) {
            return OptionalInt.empty();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
        String classPath = System.getProperty("java.class.path");
        if (!Files.isExecutable(java) || classPath == null || classPath.isEmpty()) {
            return OptionalInt.empty();
        }
        List<String> jvmArgs = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String a : jvmArgs) {
            if (a.startsWith("-XX:TieredStopAtLevel") || a.startsWith("-XX:-TieredCompilation")
                    || a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-XX:ArchiveClassesAtExit")
                    || a.startsWith("-agentlib:jdwp") || a.startsWith("-XX:+Use") && a.endsWith("GC")) {
                return OptionalInt.empty();
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(flags);
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put(MARKER, "1");
        try {
            Process p = pb.start();
            Thread stop = new Thread(p::destroy, "specgraph-stop-child");
            Runtime.getRuntime().addShutdownHook(stop);
            try {
                return OptionalInt.of(p.waitFor());
            } catch (InterruptedException e) {
                p.destroy();
                Thread.currentThread().interrupt();
                return OptionalInt.of(130);
            }
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return OptionalInt.empty();
        }
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
    }
}
