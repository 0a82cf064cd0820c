package io.specgraph.git;

import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

import java.io.IOException;

/**
 * Pushes the current branch to {@code origin} (setting it as the upstream the first time). A push the server
 * rejects leaves the local commits as they are: {@link Fault#NON_FAST_FORWARD} means fetch and rebase (or merge),
 * then push again.
 */
public final class GitPush {

    private GitPush() {
    }

    /** What was pushed: the branch, the commit, and whether the server already had it. */
    public record Result(String branch, String head, boolean upToDate) {
    }

    public static Result push(GitRepo repo, RemoteAccess access, ProgressListener progress) throws GitException {
        repo.checkPresent();
        String name = repo.workTree().getFileName().toString();
        String branch = repo.branch().orElseThrow(() -> new GitException("cannot push " + name + ": HEAD is not on a"
                + " branch. Switch to a branch first", Fault.OTHER, null));
        String url = repo.originUrl().orElseThrow(() -> new GitException(name + " has no remote (origin): add its URL"
                + " to the workspace file", Fault.OTHER, null));
        String ref = Constants.R_HEADS + branch;
        RemoteAccess.Attempt attempt = access.attempt(url);
        Iterable<PushResult> results;
        try {
            JGitProgress.checkCancelled(progress, "pushing " + name);
            results = attempt.apply(repo.git().push().setRemote("origin").setRefSpecs(new RefSpec(ref + ":" + ref))
                    .setProgressMonitor(new JGitProgress(progress))).call();
        } catch (GitAPIException | RuntimeException e) {
            if (Faults.classify(e) == Fault.AUTH) {
                attempt.refused();
            }
            repo.checkPresent();
            throw Faults.transfer("pushing " + name + " to " + url, url, attempt.user(), e);
        }
        boolean upToDate = true;
        for (PushResult pr : results) {
            RemoteRefUpdate u = pr.getRemoteUpdate(ref);
            if (u == null) {
                continue;
            }
            switch (u.getStatus()) {
                case OK -> upToDate = false;
                case UP_TO_DATE -> {
                    // the server had it
                }
                case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED -> throw new GitException("the server refused the"
                        + " push of " + name + ": it has commits on " + branch + " that " + name + " does not have yet."
                        + " Sync (fetch and rebase), then push again; your commits are kept", Fault.NON_FAST_FORWARD,
                        null);
                default -> throw new GitException("the server refused the push of " + name + " (" + u.getStatus()
                        + (u.getMessage() == null ? "" : ": " + u.getMessage()) + "); your commits are kept",
                        Fault.REJECTED, null);
            }
        }
        attempt.succeeded();
        setUpstreamIfMissing(repo, branch);
        return new Result(branch, repo.head().orElse(null), upToDate);
    }

    private static void setUpstreamIfMissing(GitRepo repo, String branch) throws GitException {
        StoredConfig c = repo.repository().getConfig();
        if (c.getString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE) != null) {
            return;
        }
        c.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_REMOTE, "origin");
        c.setString(ConfigConstants.CONFIG_BRANCH_SECTION, branch, ConfigConstants.CONFIG_KEY_MERGE,
                Constants.R_HEADS + branch);
        try {
            c.save();
        } catch (IOException e) {
            throw Faults.local("recording the upstream of " + branch, repo.workTree(), e);
        }
    }
}
