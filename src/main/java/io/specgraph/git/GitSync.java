package io.specgraph.git;

import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.RebaseCommand;
import org.eclipse.jgit.api.RebaseResult;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.BranchConfig;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.RevWalkUtils;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Staying in sync with {@code origin}: fetch, then bring the branch up to date (fast-forward; otherwise rebase or
 * merge as chosen). Uncommitted changes are never overwritten: a pull that would touch them changes nothing. A
 * conflict stops the merge or rebase with both versions in the files; {@link #abort} returns to the state before the
 * pull, {@link #finish} completes it once the files are resolved.
 */
public final class GitSync {

    private GitSync() {
    }

    /** Fetches every branch of {@code origin} (remote-tracking branches only; the work tree is not touched). */
    public static void fetch(GitRepo repo, RemoteAccess access, ProgressListener progress) throws GitException {
        repo.checkPresent();
        String url = repo.originUrl().orElseThrow(() -> new GitException(repo.workTree().getFileName()
                + " has no remote (origin): add its URL to the workspace file", Fault.OTHER, null));
        RemoteAccess.Attempt attempt = access.attempt(url);
        try {
            JGitProgress.checkCancelled(progress, "fetching " + url);
            attempt.apply(repo.git().fetch().setRemote("origin").setRemoveDeletedRefs(true)
                    .setProgressMonitor(new JGitProgress(progress))).call();
        } catch (GitAPIException | RuntimeException e) {
            if (Faults.classify(e) == Fault.AUTH) {
                attempt.refused();
            }
            repo.checkPresent();
            throw Faults.transfer("fetching " + url, url, attempt.user(), e);
        }
        attempt.succeeded();
    }

    /** Fetches, then {@link #integrate}s. */
    public static PullResult pull(GitRepo repo, PullMode mode, RemoteAccess access, ProgressListener progress)
            throws GitException {
        fetch(repo, access, progress);
        return integrate(repo, mode);
    }

    /** Brings the current branch up to its upstream as last fetched, without network. */
    public static PullResult integrate(GitRepo repo, PullMode mode) throws GitException {
        RepoStatus status = repo.status();
        String branch = status.branch();
        if (status.inProgress() != RepoStatus.Operation.NONE) {
            return new PullResult(PullResult.Outcome.CONFLICT, branch, null, status.head(), status.head(), 0, 0,
                    status.conflicting());
        }
        if (branch == null) {
            return new PullResult(PullResult.Outcome.DETACHED, null, null, status.head(), status.head(), 0, 0,
                    List.of());
        }
        Repository r = repo.repository();
        try (RevWalk walk = new RevWalk(r)) {
            String upstreamRef = upstream(r, branch);
            Ref up = upstreamRef == null ? null : r.exactRef(upstreamRef);
            if (up == null) {
                return new PullResult(PullResult.Outcome.NO_UPSTREAM, branch, null, status.head(), status.head(), 0, 0,
                        List.of());
            }
            String upName = Repository.shortenRefName(upstreamRef);
            ObjectId headId = r.resolve(Constants.HEAD);
            RevCommit theirs = walk.parseCommit(up.getObjectId());
            if (headId == null) {
                return fastForward(repo, branch, upName, null, theirs, 1);
            }
            RevCommit ours = walk.parseCommit(headId);
            int incoming = RevWalkUtils.count(walk, theirs, ours);
            walk.reset();
            int outgoing = RevWalkUtils.count(walk, ours, theirs);
            String before = ours.getName();
            if (incoming == 0) {
                return new PullResult(outgoing > 0 ? PullResult.Outcome.AHEAD : PullResult.Outcome.UP_TO_DATE, branch,
                        upName, before, before, 0, outgoing, List.of());
            }
            if (!status.trackedChanges().isEmpty()) {
                return new PullResult(PullResult.Outcome.DIRTY, branch, upName, before, before, incoming, outgoing,
                        status.trackedChanges());
            }
            if (outgoing == 0) {
                return fastForward(repo, branch, upName, before, theirs, incoming);
            }
            return switch (mode) {
                case FAST_FORWARD_ONLY -> new PullResult(PullResult.Outcome.DIVERGED, branch, upName, before, before,
                        incoming, outgoing, List.of());
                case REBASE -> rebase(repo, branch, upName, before, theirs, incoming, outgoing);
                case MERGE -> merge(repo, branch, upName, before, theirs, incoming, outgoing);
            };
        } catch (IOException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("updating", repo.workTree(), e);
        }
    }

    private static String upstream(Repository r, String branch) throws IOException {
        String tracking = new BranchConfig(r.getConfig(), branch).getRemoteTrackingBranch();
        if (tracking != null) {
            return tracking;
        }
        String guess = Constants.R_REMOTES + "origin/" + branch;
        return r.exactRef(guess) != null ? guess : null;
    }

    private static PullResult fastForward(GitRepo repo, String branch, String up, String before, RevCommit theirs,
                                          int incoming) throws GitException {
        try {
            MergeResult m = repo.git().merge().include(theirs).setFastForward(MergeCommand.FastForwardMode.FF_ONLY)
                    .call();
            if (!m.getMergeStatus().isSuccessful()) {
                return blocked(branch, up, before, incoming, 0, m);
            }
            return new PullResult(PullResult.Outcome.FAST_FORWARDED, branch, up, before, theirs.getName(), incoming, 0,
                    List.of());
        } catch (CheckoutConflictException e) {
            return new PullResult(PullResult.Outcome.DIRTY, branch, up, before, before, incoming, 0,
                    e.getConflictingPaths());
        } catch (GitAPIException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("fast-forwarding", repo.workTree(), e);
        }
    }

    private static PullResult merge(GitRepo repo, String branch, String up, String before, RevCommit theirs,
                                    int incoming, int outgoing) throws GitException {
        try {
            MergeResult m = repo.git().merge().include(theirs).setFastForward(MergeCommand.FastForwardMode.FF)
                    .setCommit(true).setMessage("Merge " + up + " into " + branch).call();
            if (m.getMergeStatus() == MergeResult.MergeStatus.CONFLICTING) {
                return new PullResult(PullResult.Outcome.CONFLICT, branch, up, before, before, incoming, outgoing,
                        new ArrayList<>(m.getConflicts().keySet()).stream().sorted().toList());
            }
            if (!m.getMergeStatus().isSuccessful()) {
                return blocked(branch, up, before, incoming, outgoing, m);
            }
            String after = m.getNewHead() == null ? before : m.getNewHead().getName();
            return new PullResult(PullResult.Outcome.MERGED, branch, up, before, after, incoming, outgoing, List.of());
        } catch (CheckoutConflictException e) {
            return new PullResult(PullResult.Outcome.DIRTY, branch, up, before, before, incoming, outgoing,
                    e.getConflictingPaths());
        } catch (GitAPIException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("merging " + up, repo.workTree(), e);
        }
    }

    private static PullResult blocked(String branch, String up, String before, int incoming, int outgoing,
                                      MergeResult m) {
        List<String> files = new ArrayList<>();
        if (m.getCheckoutConflicts() != null) {
            files.addAll(m.getCheckoutConflicts());
        }
        if (m.getFailingPaths() != null) {
            files.addAll(m.getFailingPaths().keySet());
        }
        return new PullResult(PullResult.Outcome.DIRTY, branch, up, before, before, incoming, outgoing,
                files.stream().sorted().distinct().toList());
    }

    private static PullResult rebase(GitRepo repo, String branch, String up, String before, RevCommit theirs,
                                     int incoming, int outgoing) throws GitException {
        try {
            RebaseResult rr = repo.git().rebase().setUpstream(theirs).setUpstreamName(up).call();
            return afterRebase(repo, rr, branch, up, before, incoming, outgoing);
        } catch (GitAPIException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("rebasing on " + up, repo.workTree(), e);
        }
    }

    private static PullResult afterRebase(GitRepo repo, RebaseResult rr, String branch, String up, String before,
                                          int incoming, int outgoing) throws GitException {
        return switch (rr.getStatus()) {
            case OK, FAST_FORWARD, UP_TO_DATE, NOTHING_TO_COMMIT -> new PullResult(PullResult.Outcome.REBASED, branch,
                    up, before, repo.head().orElse(before), incoming, outgoing, List.of());
            case STOPPED, EDIT -> new PullResult(PullResult.Outcome.CONFLICT, branch, up, before, before, incoming,
                    outgoing, repo.status().conflicting());
            case CONFLICTS -> new PullResult(PullResult.Outcome.DIRTY, branch, up, before, before, incoming, outgoing,
                    rr.getConflicts());
            case UNCOMMITTED_CHANGES -> new PullResult(PullResult.Outcome.DIRTY, branch, up, before, before, incoming,
                    outgoing, rr.getUncommittedChanges());
            case FAILED -> new PullResult(PullResult.Outcome.DIRTY, branch, up, before, before, incoming, outgoing,
                    rr.getFailingPaths() == null ? List.of() : List.copyOf(rr.getFailingPaths().keySet()));
            default -> throw new GitException("the rebase of " + repo.workTree().getFileName() + " ended as "
                    + rr.getStatus() + "; your commits are kept", Fault.OTHER, null);
        };
    }

    /**
     * Abandons a stopped merge or rebase: the branch, the files and the index are as before the pull (a pull only
     * starts on a clean work tree, so nothing uncommitted is lost); the fetched commits stay on the upstream branch.
     */
    public static void abort(GitRepo repo) throws GitException {
        RepoStatus status = repo.status();
        try {
            switch (status.inProgress()) {
                case REBASE -> repo.git().rebase().setOperation(RebaseCommand.Operation.ABORT).call();
                case MERGE -> repo.git().reset().setMode(ResetCommand.ResetType.HARD).setRef(Constants.HEAD).call();
                case NONE -> {
                    // nothing to abort
                }
                default -> throw new GitException(repo.workTree().getFileName() + " is in an operation Specgraph does"
                        + " not handle; finish it with git", Fault.OTHER, null);
            }
        } catch (GitAPIException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("aborting the " + status.inProgress().name().toLowerCase(java.util.Locale.ROOT),
                    repo.workTree(), e);
        }
    }

    /**
     * Completes a stopped merge or rebase once the user has edited the conflicting files (no {@code <<<<<<<} markers
     * left): stages them and commits the merge, or continues the rebase (which may stop again on the next commit).
     */
    public static PullResult finish(GitRepo repo, Author author) throws GitException {
        RepoStatus status = repo.status();
        String before = status.head();
        switch (status.inProgress()) {
            case MERGE -> {
                String msg;
                try {
                    msg = repo.repository().readMergeCommitMsg();
                } catch (IOException e) {
                    msg = null;
                }
                repo.commitAll(msg == null || msg.isBlank() ? "Merge" : msg, author);
                return new PullResult(PullResult.Outcome.MERGED, status.branch(), status.upstream(), before,
                        repo.head().orElse(before), 0, 0, List.of());
            }
            case REBASE -> {
                try {
                    GitCommit.refuseMarkers(repo);
                    repo.git().add().addFilepattern(".").call();
                    repo.git().add().addFilepattern(".").setUpdate(true).call();
                    RebaseResult rr = repo.git().rebase().setOperation(RebaseCommand.Operation.CONTINUE).call();
                    return afterRebase(repo, rr, status.branch(), status.upstream(), before, 0, 0);
                } catch (GitAPIException | RuntimeException e) {
                    repo.checkPresent();
                    throw Faults.local("continuing the rebase", repo.workTree(), e);
                }
            }
            default -> {
                return new PullResult(PullResult.Outcome.UP_TO_DATE, status.branch(), status.upstream(), before, before,
                        0, 0, List.of());
            }
        }
    }
}
