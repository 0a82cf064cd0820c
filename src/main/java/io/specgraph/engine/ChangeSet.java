package io.specgraph.engine;

import io.specgraph.git.Author;
import io.specgraph.git.Fault;
import io.specgraph.git.GitException;
import io.specgraph.git.GitPush;
import io.specgraph.git.GitRepo;
import io.specgraph.git.GitSync;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.PullMode;
import io.specgraph.git.PullResult;
import io.specgraph.git.RemoteAccess;
import io.specgraph.git.RepoStatus;
import io.specgraph.model.RepoSpec;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One change across repos: every repo with changes is committed with the same message and pushed, in one action.
 * Each repo gets its own result; a failure in one leaves the others done and its own changes intact (committed
 * locally, or still in the work tree), so running the same change set again retries exactly what is left.
 */
public final class ChangeSet {

    private ChangeSet() {
    }

    /** A repo with uncommitted changes, or local commits not pushed yet. */
    public record Pending(String repo, List<RepoStatus.FileChange> files, int unpushed) {
        public Pending {
            files = List.copyOf(files);
        }
    }

    /** How far one repo got. */
    public enum Step {
        /** Nothing to commit and nothing to push. */
        NOTHING,
        /** Committed; pushing was not asked. */
        COMMITTED,
        /** Committed (or had commits) and pushed. */
        PUSHED,
        /** Committed locally, the push failed: the commit waits to be pushed. */
        PUSH_FAILED,
        /** The commit failed: the changes are still in the work tree. */
        COMMIT_FAILED
    }

    /** One repo's result: the step reached, the new commit (or null), and the message and fault when it failed. */
    public record RepoResult(String repo, Step step, String commit, String message, Fault fault) {
        public boolean failed() {
            return step == Step.PUSH_FAILED || step == Step.COMMIT_FAILED;
        }
    }

    /** The repos that have something to commit or push; missing folders are left out. */
    public static List<Pending> pending(List<RepoSpec> repos) throws GitException {
        List<Pending> out = new ArrayList<>();
        for (RepoSpec r : repos) {
            if (!Files.isDirectory(r.path())) {
                continue;
            }
            try (GitRepo repo = GitRepo.open(r.path())) {
                RepoStatus s = repo.status();
                if (s.dirty() || s.ahead() > 0) {
                    out.add(new Pending(r.name(), s.files(), s.ahead()));
                }
            }
        }
        return out;
    }

    /**
     * Commits every repo with changes with {@code message} by {@code author} (null: from git config) and, if
     * {@code push}, pushes every repo with unpushed commits.
     */
    public static List<RepoResult> commit(List<RepoSpec> repos, String message, Author author, boolean push,
                                          RemoteAccess access, Function<String, ProgressListener> progress) {
        List<RepoResult> out = new ArrayList<>();
        for (RepoSpec r : repos) {
            out.add(one(r, message, author, push, access, progress.apply(r.name())));
        }
        return out;
    }

    private static RepoResult one(RepoSpec r, String message, Author author, boolean push, RemoteAccess access,
                                  ProgressListener progress) {
        String commit = null;
        try (GitRepo repo = GitRepo.open(r.path())) {
            try {
                Optional<String> c = repo.commitAll(message, author);
                commit = c.orElse(null);
            } catch (GitException e) {
                return new RepoResult(r.name(), Step.COMMIT_FAILED, null, e.getMessage(), e.fault());
            }
            if (!push) {
                return new RepoResult(r.name(), commit == null ? Step.NOTHING : Step.COMMITTED, commit, null, null);
            }
            RepoStatus s = repo.status();
            if (s.ahead() == 0 && s.upstream() != null) {
                return new RepoResult(r.name(), Step.NOTHING, commit, null, null);
            }
            GitPush.push(repo, access, progress);
            return new RepoResult(r.name(), Step.PUSHED, commit, null, null);
        } catch (GitException e) {
            Step step = commit == null && e.fault() == Fault.MISSING_FOLDER ? Step.COMMIT_FAILED : Step.PUSH_FAILED;
            return new RepoResult(r.name(), step, commit, e.getMessage(), e.fault());
        }
    }

    /**
     * The answer to a push rejected as non-fast-forward: fetch, rebase the local commits on the server's, push. A
     * rebase conflict is undone (the commits stay as they were) and reported.
     */
    public static RepoResult rebaseAndPush(RepoSpec r, RemoteAccess access, ProgressListener progress) {
        try (GitRepo repo = GitRepo.open(r.path())) {
            PullResult p = GitSync.pull(repo, PullMode.REBASE, access, progress);
            if (p.outcome() == PullResult.Outcome.CONFLICT) {
                GitSync.abort(repo);
                return new RepoResult(r.name(), Step.PUSH_FAILED, null, "your commits conflict with the server's in "
                        + String.join(", ", p.files()) + ": nothing was changed; resolve the conflict (pull with"
                        + " merge and edit the files), then push", Fault.CONFLICT);
            }
            if (!p.ok()) {
                return new RepoResult(r.name(), Step.PUSH_FAILED, null, "cannot rebase " + r.name() + " ("
                        + p.outcome().name().toLowerCase(java.util.Locale.ROOT) + (p.files().isEmpty() ? ""
                        : ": " + String.join(", ", p.files())) + "); nothing was changed", Fault.DIRTY);
            }
            GitPush.push(repo, access, progress);
            return new RepoResult(r.name(), Step.PUSHED, repo.head().orElse(null), null, null);
        } catch (GitException e) {
            return new RepoResult(r.name(), Step.PUSH_FAILED, null, e.getMessage(), e.fault());
        }
    }
}
