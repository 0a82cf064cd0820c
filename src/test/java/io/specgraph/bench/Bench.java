package io.specgraph.bench;

import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.FileIndex;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The read/check benchmark (docs/performance.md): generates a synthetic workspace once, then measures, over
 * several runs in one JVM, the time to read every byte (the floor) and a full cold-in-process load (walk, parse,
 * graph, rules), reporting min / median and peak heap.
 *
 * <p>Run: {@code mvn -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.specgraph.bench.Bench -Dexec.args="/tmp/sg-bench 50 10000 7"}
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench-work");
        int repos = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int documents = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        List<Path> folders = generateOnce(dir, repos, documents);
        List<RepoSpec> specs = Targets.resolve(folders, null);
        long[] floor = new long[runs];
        long[] load = new long[runs];
        int docs = 0;
        int nodes = 0;
        int edges = 0;
        int findings = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            long bytes = readAllBytes(folders);
            floor[r] = System.nanoTime() - t0;
            t0 = System.nanoTime();
            Workspace ws = Workspace.load(specs);
            load[r] = System.nanoTime() - t0;
            docs = ws.documents();
            nodes = ws.graph().nodes().size();
            edges = ws.graph().edges().size();
            findings = ws.findings().size();
            if (r == 0) {
                System.out.printf(Locale.ROOT, "workspace: %d repos, %d files, %d bytes; %d files taken in by readers%n",
                        folders.size(), countFiles(folders), bytes, docs);
            }
        }
        System.out.printf(Locale.ROOT, "graph: %d nodes, %d edges; %d findings (graph and gates)%n", nodes, edges, findings);
        System.out.printf(Locale.ROOT, "read bytes (floor): min %d ms, median %d ms%n", ms(min(floor)), ms(median(floor)));
        System.out.printf(Locale.ROOT, "load + check     : min %d ms, median %d ms  (runs: %s)%n", ms(min(load)),
                ms(median(load)), Arrays.toString(Arrays.stream(load).map(Bench::ms).toArray()));
        Workspace kept = Workspace.load(specs);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long retained = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
        System.out.printf(Locale.ROOT, "peak heap used   : %d MB; retained by a loaded workspace after GC: %d MB (%d nodes);"
                + " cores: %d%n", peakHeapMb(), retained, kept.graph().nodes().size(), rt.availableProcessors());
    }

    static List<Path> generateOnce(Path dir, int repos, int documents) throws IOException {
        Path marker = dir.resolve(".generated-" + repos + "-" + documents);
        if (!Files.exists(marker)) {
            if (Files.exists(dir)) {
                throw new IOException(dir + " exists but was not generated for " + repos + "/" + documents);
            }
            new SyntheticWorkspace(dir, 42).generate(repos, documents);
            Files.writeString(marker, "ok");
        }
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(dir)) {
            s.filter(Files::isDirectory).sorted().forEach(out::add);
        }
        return out;
    }

    private static long readAllBytes(List<Path> folders) throws IOException {
        long total = 0;
        for (Path f : folders) {
            for (String rel : FileIndex.walk(f).files()) {
                total += Files.readAllBytes(f.resolve(rel)).length;
            }
        }
        return total;
    }

    private static int countFiles(List<Path> folders) {
        int n = 0;
        for (Path f : folders) {
            n += FileIndex.walk(f).files().size();
        }
        return n;
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }

    private static long min(long[] a) {
        return Arrays.stream(a).min().orElse(0);
    }

    private static long median(long[] a) {
        long[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
