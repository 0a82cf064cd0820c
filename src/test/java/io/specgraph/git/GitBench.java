package io.specgraph.git;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The git benchmark (docs/performance.md): a repo of 2,000 markdown files served by {@code git daemon} on 127.0.0.1,
 * cloned by JGit ({@link GitClone}) and by the {@code git} CLI, alternately, several times; then eight repos cloned and
 * fetched one after another and four at a time.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) io.specgraph.git.GitBench
 * /tmp/sg-git-bench 7}
 */
public final class GitBench {

    private GitBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/sg-git-bench");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Trees.deleteRecursively(dir);
        Path remotes = Files.createDirectories(dir.resolve("remotes"));
        long t0 = System.nanoTime();
        markdownRepo(remotes, "big", 2_000, 1);
        for (int i = 0; i < 8; i++) {
            markdownRepo(remotes, "r" + i, 250, 100 + i);
        }
        System.out.printf(Locale.ROOT, "generated in %d ms%n", ms(System.nanoTime() - t0));
        try (GitDaemonServer daemon = GitDaemonServer.start(remotes);
             RemoteAccess access = RemoteAccess.anonymous()) {
            long[] jgit = new long[runs];
            long[] cli = new long[runs];
            for (int r = 0; r < runs; r++) {
                Path a = dir.resolve("jgit-" + r);
                long s = System.nanoTime();
                GitClone.clone(daemon.url("big"), null, a, access, ProgressListener.NONE);
                jgit[r] = System.nanoTime() - s;
                Path b = dir.resolve("cli-" + r);
                s = System.nanoTime();
                gitCli(dir, "clone", "-q", daemon.url("big"), b.toString());
                cli[r] = System.nanoTime() - s;
                Trees.deleteRecursively(a);
                Trees.deleteRecursively(b);
            }
            System.out.printf(Locale.ROOT, "clone 2,000 files, JGit   : first %d ms, median %d ms, min %d ms  %s%n",
                    ms(jgit[0]), ms(median(jgit)), ms(min(jgit)), list(jgit));
            System.out.printf(Locale.ROOT, "clone 2,000 files, git CLI: first %d ms, median %d ms, min %d ms  %s%n",
                    ms(cli[0]), ms(median(cli)), ms(min(cli)), list(cli));
            System.out.printf(Locale.ROOT, "ratio JGit / git (median, runs 2..n): %.2f%n",
                    (double) median(Arrays.copyOfRange(jgit, 1, runs)) / median(Arrays.copyOfRange(cli, 1, runs)));
            for (int threads : new int[] {1, 4}) {
                long s = System.nanoTime();
                List<Path> clones = parallel(threads, i -> {
                    Path p = dir.resolve("par" + threads + "-" + i);
                    GitClone.clone(daemon.url("r" + i), null, p, access, ProgressListener.NONE);
                    return p;
                });
                long cloneTime = System.nanoTime() - s;
                s = System.nanoTime();
                parallel(threads, i -> {
                    try (GitRepo repo = GitRepo.open(clones.get(i))) {
                        GitSync.pull(repo, PullMode.FAST_FORWARD_ONLY, access, ProgressListener.NONE);
                    }
                    return null;
                });
                long pullTime = System.nanoTime() - s;
                System.out.printf(Locale.ROOT, "8 repos x 250 files, %d at a time: clone %d ms, fetch+pull %d ms%n",
                        threads, ms(cloneTime), ms(pullTime));
            }
        }
        System.out.printf(Locale.ROOT, "cores: %d%n", Runtime.getRuntime().availableProcessors());
    }

    @FunctionalInterface
    private interface Job<T> {
        T run(int i) throws Exception;
    }

    private static <T> List<T> parallel(int threads, Job<T> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                fs.add(pool.submit(() -> job.run(n)));
            }
            List<T> out = new ArrayList<>();
            for (Future<T> f : fs) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    /** A bare repo of {@code files} markdown specs (1–3 KB of prose and metadata each). */
    static void markdownRepo(Path remotes, String name, int files, long seed) throws Exception {
        Path work = Files.createDirectories(remotes.getParent().resolve("seed-" + name));
        Random rnd = new Random(seed);
        String[] words = ("the cart keeps a guest session token and merges it on login while payments capture the"
                + " order total shipping quotes a rate per zone requirement scenario given when then must should")
                .split(" ");
        try (LocalRepo repo = LocalRepo.create(work, remotes.resolve(name + ".git"))) {
            for (int i = 0; i < files; i++) {
                StringBuilder sb = new StringBuilder("---\nid: SPEC-" + i + "\nstatus: Draft\n---\n# Spec " + i
                        + "\n\n");
                int len = 1_000 + rnd.nextInt(2_000);
                while (sb.length() < len) {
                    sb.append(words[rnd.nextInt(words.length)]).append(rnd.nextInt(12) == 0 ? ".\n" : " ");
                }
                Path f = work.resolve("specs/" + (i / 100) + "/SPEC-" + i + ".md");
                Files.createDirectories(f.getParent());
                Files.writeString(f, sb.toString());
            }
            repo.commitAll("Specs", "Bench", "bench@example.com", Instant.parse("2026-01-01T00:00:00Z"));
            repo.push();
        }
        Trees.deleteRecursively(work);
    }

    private static void gitCli(Path home, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("git"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        GitDaemonServer.isolate(pb, home);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException("git failed: " + out);
        }
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long min(long[] xs) {
        return Arrays.stream(xs).min().orElse(0);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String list(long[] xs) {
        return Arrays.toString(Arrays.stream(xs).map(GitBench::ms).toArray());
    }
}
