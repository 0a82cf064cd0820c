package io.specgraph.engine;

import io.specgraph.git.Fault;
import io.specgraph.git.GitClone;
import io.specgraph.git.GitException;
import io.specgraph.git.GitRepo;
import io.specgraph.git.GitSync;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.PullMode;
import io.specgraph.git.PullResult;
import io.specgraph.git.RemoteAccess;
import io.specgraph.model.RepoSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Brings every repo of a workspace up to date: clones the missing ones, fetches and pulls the others, several at
 * once. One repo's failure never stops the others; each gets a result. Nothing uncommitted is overwritten, and a pull
 * that stops on a conflict is aborted (the repo stays as it was; the conflict is reported).
 */
public final class Sync {

    private Sync() {
    }

    /** What happened to one repo. */
    public enum Action { CLONED, UPDATED, UP_TO_DATE, AHEAD, FETCHED, SKIPPED, FAILED }

    /** One repo's result: what happened, a line for the user, and the fault when it failed. */
    public record RepoResult(String repo, Path path, Action action, String detail, Fault fault) {
        public boolean failed() {
            return action == Action.FAILED;
        }
    }

    /** How to pull, and how many repos at once. */
    public record Options(PullMode mode, int parallelism) {
        public Options {
            if (parallelism < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1");
            }
        }

        public static Options defaults() {
            return new Options(PullMode.FAST_FORWARD_ONLY, 4);
        }
    }

    /** Progress per repo, and each result as soon as it is known (called from worker threads). */
    public interface Listener {
        Listener NONE = new Listener() {
        };

        default ProgressListener progress(String repo) {
            return ProgressListener.NONE;
        }

        default void finished(RepoResult result) {
        }
    }

    /** Syncs {@code repos}; the results are in the order of {@code repos}. */
    public static List<RepoResult> run(List<RepoSpec> repos, RemoteAccess access, Options options, Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallelism(), Math.max(1, repos.size())),
                r -> {
                    Thread t = new Thread(r, "specgraph-sync");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<Future<RepoResult>> futures = new ArrayList<>();
            for (RepoSpec r : repos) {
                futures.add(pool.submit(() -> {
                    RepoResult res = one(r, access, options.mode(), listener.progress(r.name()));
                    listener.finished(res);
                    return res;
                }));
            }
            List<RepoResult> out = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                out.add(await(futures.get(i), repos.get(i)));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RepoResult await(Future<RepoResult> f, RepoSpec r) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            return new RepoResult(r.name(), r.path(), Action.FAILED, "internal error: " + e.getCause(), Fault.OTHER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RepoResult(r.name(), r.path(), Action.FAILED, "interrupted", Fault.CANCELLED);
        }
    }

    /** Syncs one repo. */
    public static RepoResult one(RepoSpec r, RemoteAccess access, PullMode mode, ProgressListener progress) {
        try {
            if (!Files.exists(r.path())) {
                if (r.remote() == null) {
                    return new RepoResult(r.name(), r.path(), Action.FAILED, "folder " + r.path() + " not found and no"
                            + " remote to clone it from: add \"remote\" to the workspace file", Fault.MISSING_FOLDER);
                }
                GitClone.Result c = GitClone.clone(r.remote(), r.branch(), r.path(), access, progress);
                return new RepoResult(r.name(), r.path(), Action.CLONED, c.branch() + " at " + shortId(c.head()), null);
            }
            try (GitRepo repo = GitRepo.open(r.path())) {
                if (repo.originUrl().isEmpty()) {
                    return new RepoResult(r.name(), r.path(), Action.SKIPPED, "local folder without a remote", null);
                }
                PullResult p = GitSync.pull(repo, mode, access, progress);
                return result(r, p, repo);
            }
        } catch (GitException e) {
            return new RepoResult(r.name(), r.path(), Action.FAILED, e.getMessage(), e.fault());
        }
    }

    private static RepoResult result(RepoSpec r, PullResult p, GitRepo repo) throws GitException {
        String b = p.branch();
        return switch (p.outcome()) {
            case UP_TO_DATE -> new RepoResult(r.name(), r.path(), Action.UP_TO_DATE, b + " at " + shortId(p.after()),
                    null);
            case AHEAD -> new RepoResult(r.name(), r.path(), Action.AHEAD, b + " at " + shortId(p.after()) + ", "
                    + commits(p.outgoing()) + " to push", null);
            case FAST_FORWARDED, REBASED, MERGED -> new RepoResult(r.name(), r.path(), Action.UPDATED, b + " "
                    + shortId(p.before()) + ".." + shortId(p.after()) + " (" + commits(p.incoming()) + ", "
                    + p.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ")", null);
            case DIVERGED -> new RepoResult(r.name(), r.path(), Action.FAILED, b + " and " + p.upstream()
                    + " have diverged (" + p.outgoing() + " local, " + commits(p.incoming()) + " new): pull with rebase"
                    + " or merge (sync --pull rebase); nothing was changed", Fault.NON_FAST_FORWARD);
            case DIRTY -> new RepoResult(r.name(), r.path(), Action.FAILED, "uncommitted changes in "
                    + list(p.files()) + " stand in the way of " + commits(p.incoming()) + " from " + p.upstream()
                    + ": commit them (or move them away), then sync again; fetched, nothing else changed", Fault.DIRTY);
            case CONFLICT -> {
                boolean ours = p.incoming() > 0;
                if (ours) {
                    GitSync.abort(repo);
                }
                yield new RepoResult(r.name(), r.path(), Action.FAILED, "conflict in " + list(p.files()) + " with "
                        + (p.upstream() == null ? "the upstream" : p.upstream()) + (ours ? ": the pull was undone, your"
                        + " commits and files are as they were and the server's version is in " + p.upstream()
                        + "; resolve it in the app (or pull with merge and edit the files)"
                        : ": a merge or rebase is in progress; finish or abort it first"), Fault.CONFLICT);
            }
            case NO_UPSTREAM -> new RepoResult(r.name(), r.path(), Action.FETCHED, b + " tracks no remote branch;"
                    + " fetched only", null);
            case DETACHED -> new RepoResult(r.name(), r.path(), Action.FETCHED, "HEAD is detached at "
                    + shortId(p.after()) + "; fetched only", null);
        };
    }

    static String shortId(String id) {
        return id == null ? "(empty)" : id.substring(0, Math.min(7, id.length()));
    }

    private static String commits(int n) {
        return n == 1 ? "1 commit" : n + " commits";
    }

    private static String list(List<String> files) {
        if (files.size() <= 3) {
            return String.join(", ", files);
        }
        return String.join(", ", files.subList(0, 3)) + " and " + (files.size() - 3) + " more";
    }
}
