package io.specgraph.bench;

import io.specgraph.engine.LiveUpdate;
import io.specgraph.engine.LiveWorkspace;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.model.RepoSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The incremental re-check benchmark (docs/performance.md): loads the synthetic 10,000-document workspace once
 * (plus one repo holding a 2,000-line spec), then, in the same warm JVM, times {@link LiveWorkspace#update}:
 * single-document edits of component specs (status, pinned pack, blocker, implements, a prose line), and
 * keystrokes typed one at a time into the 2,000-line spec. Reports min / median / p95 / max per update, after
 * warm-up rounds that are not counted.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.specgraph.bench.LiveBench
 * /tmp/sg-bench 500 400} (workspace folder, measured edits, measured keystrokes).
 */
public final class LiveBench {

    private static final int WARMUP_EDITS = 600;
    private static final int WARMUP_KEYS = 600;

    private LiveBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench-work");
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 400;
        List<Path> folders = new ArrayList<>(Bench.generateOnce(dir, 50, 10_000));
        Path big = BigSpec.writeRepo(dir.resolveSibling(dir.getFileName() + "-big").resolve("big"), 2_000);
        folders.add(big);
        List<RepoSpec> specs = Targets.resolve(folders, null);
        long t0 = System.nanoTime();
        Workspace loaded = Workspace.load(specs);
        long t1 = System.nanoTime();
        LiveWorkspace live = LiveWorkspace.of(loaded);
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "workspace: %d repos, %d nodes, %d edges, %d findings; load %d ms,"
                        + " live state %d ms; cores %d%n", folders.size(), loaded.graph().nodes().size(),
                loaded.graph().edges().size(), loaded.findings().size(), ms(t1 - t0), ms(t2 - t1),
                Runtime.getRuntime().availableProcessors());

        loaded = null;
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "heap retained by the live workspace after GC: %d MB%n",
                (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));

        Random r = new Random(7);
        List<String[]> targets = componentSpecs(folders);
        Map<String, String> texts = new HashMap<>();
        run(live, r, targets, texts, WARMUP_EDITS, null);
        Stats editStats = new Stats();
        run(live, r, targets, texts, edits, editStats);
        editStats.print("single-document edit, 10,000 documents (" + edits + " edits)");


        hubs(live, dir.resolve("platform"), r);

        String bigPath = BigSpec.PATH;
        String text = Files.readString(big.resolve(bigPath), StandardCharsets.UTF_8);
        typeInto(live, text, WARMUP_KEYS, null);
        Stats keyStats = new Stats();
        typeInto(live, text, keys, keyStats);
        keyStats.print("keystroke in a " + text.split("\n", -1).length + "-line spec (" + keys + " keystrokes)");

        long[] reloads = new long[3];
        for (int i = 0; i < reloads.length; i++) {
            long s = System.nanoTime();
            live.reload();
            reloads[i] = System.nanoTime() - s;
        }
        System.out.printf(Locale.ROOT, "full reload (the fallback): %s ms%n",
                Arrays.toString(Arrays.stream(reloads).map(LiveBench::ms).toArray()));
    }

    /** Edits random component specs, one document per update. */
    private static void run(LiveWorkspace live, Random r, List<String[]> targets, Map<String, String> texts, int n,
                            Stats stats) throws IOException {
        List<UnaryOperator<String>> kinds = List.of(
                t -> t.replaceFirst("- Status: \\w+",
                        "- Status: " + pick(r, "Draft", "Approved", "Implementing", "Done")),
                t -> t.replaceFirst("- Context Pack: cp-main v\\d", "- Context Pack: cp-main v" + (1 + r.nextInt(3))),
                t -> t.replaceFirst("- Blocked By: .*", "- Blocked By: " + pick(r, "[]", "ADR-3", "ADR-5, ADR-7")),
                t -> t.replaceFirst("- Implements: PLAT-\\d+", "- Implements: PLAT-" + (1 + r.nextInt(100))),
                t -> t.replaceFirst("Paragraph 1 about", "Paragraph 1 (edited " + r.nextInt(1000) + ") about"));
        for (int i = 0; i < n; i++) {
            String[] t = targets.get(r.nextInt(targets.size()));
            String key = t[0] + "/" + t[1];
            String before = texts.computeIfAbsent(key, k -> read(Path.of(t[2]).resolve(t[1])));
            String after = kinds.get(r.nextInt(kinds.size())).apply(before);
            texts.put(key, after);
            long s = System.nanoTime();
            LiveUpdate u = live.update(t[0], t[1], after.getBytes(StandardCharsets.UTF_8));
            long e = System.nanoTime() - s;
            if (stats != null) {
                stats.add(e, u);
            }
        }
    }

    /**
     * Edits of documents many others reference (their dependents are re-checked too): a platform spec (about a
     * hundred component specs implement each), a contract, the context pack most specs pin. Prose and metadata.
     */
    private static void hubs(LiveWorkspace live, Path platform, Random r) throws IOException {
        String[][] hubs = {
                {"platform-specs/PLAT-1-feature/spec.md", "Paragraph 1 about", "- Status: \\w+"},
                {"contracts/CONTRACT-1-events.md", "## Schema", "consumers: \\[[^\\]]*\\]"},
                {"context/cp-main-v2.md", "# Context pack", "  - Domain MCP v\\d"}};
        String[] metaValues = {"- Status: Implementing", "consumers: [comp-1, comp-2, comp-3]", "  - Domain MCP v3"};
        for (int h = 0; h < hubs.length; h++) {
            String path = hubs[h][0];
            String text = read(platform.resolve(path));
            for (boolean meta : new boolean[]{false, true}) {
                Stats stats = new Stats();
                for (int i = 0; i < 40; i++) {
                    String next = meta ? (i % 2 == 0 ? text.replaceFirst(hubs[h][2], metaValues[h]) : text)
                            : text.replace(hubs[h][1], hubs[h][1] + " x" + r.nextInt(1000));
                    long s = System.nanoTime();
                    LiveUpdate u = live.update("platform", path, next.getBytes(StandardCharsets.UTF_8));
                    long e = System.nanoTime() - s;
                    if (i >= 10) {
                        stats.add(e, u);
                    }
                }
                live.update("platform", path, text.getBytes(StandardCharsets.UTF_8));
                stats.print("  " + path + (meta ? " (metadata)" : " (prose)"));
            }
        }
    }

    /** Types one character at a time: a sentence into a prose line in the middle, then a status word. */
    private static void typeInto(LiveWorkspace live, String text, int n, Stats stats) {
        String sentence = " The checkout service retries idempotently and logs every attempt with its trace id.";
        int at = text.indexOf("Paragraph 2 about technical approach");
        String current = text;
        for (int i = 0; i < n; i++) {
            char c = sentence.charAt(i % sentence.length());
            int pos = at + (i % sentence.length());
            current = current.substring(0, pos) + c + current.substring(pos);
            if (i % sentence.length() == sentence.length() - 1) {
                current = text;
            }
            long s = System.nanoTime();
            LiveUpdate u = live.update("big", BigSpec.PATH, current.getBytes(StandardCharsets.UTF_8));
            long e = System.nanoTime() - s;
            if (stats != null) {
                stats.add(e, u);
            }
        }
    }

    private static List<String[]> componentSpecs(List<Path> folders) throws IOException {
        List<String[]> out = new ArrayList<>();
        for (Path f : folders) {
            Path specs = f.resolve("specs");
            if (!f.getFileName().toString().startsWith("comp-") || !Files.isDirectory(specs)) {
                continue;
            }
            try (var s = Files.list(specs)) {
                s.sorted().forEach(p -> out.add(new String[]{f.getFileName().toString(), "specs/" + p.getFileName(),
                        f.toString()}));
            }
        }
        return out;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pick(Random r, String... values) {
        return values[r.nextInt(values.length)];
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Update times and what each update re-checked. */
    private static final class Stats {
        private final List<Long> nanos = new ArrayList<>();
        private final List<Integer> rechecked = new ArrayList<>();
        private int reloads;

        void add(long n, LiveUpdate u) {
            nanos.add(n);
            rechecked.add(u.rechecked().size());
            reloads += u.incremental() ? 0 : 1;
        }

        void print(String what) {
            long[] a = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            int[] c = rechecked.stream().mapToInt(Integer::intValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%s: min %.2f ms, median %.2f ms, p95 %.2f ms, max %.2f ms;"
                            + " nodes re-checked: median %d, max %d; full reloads %d%n", what, a[0] / 1e6,
                    a[a.length / 2] / 1e6, a[(int) Math.ceil(a.length * 0.95) - 1] / 1e6, a[a.length - 1] / 1e6,
                    c[c.length / 2], c[c.length - 1], reloads);
            if (Boolean.getBoolean("bench.all")) {
                System.out.println("  all (0.1 ms): "
                        + Arrays.toString(Arrays.stream(a).map(x -> x / 100_000).toArray()));
            }
        }
    }
}
