package io.specgraph.engine;

import io.specgraph.git.GitException;
import io.specgraph.git.GitRepo;
import io.specgraph.git.RepoStatus;
import io.specgraph.model.RepoSpec;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * A repo's git health for the workspace tree: branch, ahead/behind its upstream (as of the last fetch), changed
 * files, a stopped merge or rebase, or why it cannot be told ({@code problem}: not a git repo, unreadable).
 *
 * @param repo    the repo's name in the workspace
 * @param branch  the branch, or null (detached, or no git)
 * @param ahead   commits not pushed
 * @param behind  commits not pulled
 * @param changed changed files (untracked included)
 * @param stopped a merge or rebase waiting to be finished, or null
 * @param problem why the status is unknown, or null
 */
public record RepoHealth(String repo, String branch, int ahead, int behind, int changed, String stopped,
                         String problem) {

    /** The health of every repo, in order; never throws (a repo that cannot be read says why). */
    public static List<RepoHealth> read(List<RepoSpec> repos) {
        List<RepoHealth> out = new ArrayList<>();
        for (RepoSpec r : repos) {
            out.add(read(r));
        }
        return List.copyOf(out);
    }

    public static RepoHealth read(RepoSpec r) {
        if (!Files.isDirectory(r.path().resolve(".git")) && !Files.isRegularFile(r.path().resolve(".git"))) {
            return new RepoHealth(r.name(), null, 0, 0, 0, null, "not a git repo");
        }
        try (GitRepo git = GitRepo.open(r.path())) {
            RepoStatus s = git.status();
            String stopped = s.inProgress() == RepoStatus.Operation.NONE ? null
                    : s.inProgress().name().toLowerCase(java.util.Locale.ROOT);
            return new RepoHealth(r.name(), s.branch(), s.ahead(), s.behind(), s.files().size(), stopped, null);
        } catch (GitException e) {
            return new RepoHealth(r.name(), null, 0, 0, 0, null, e.getMessage());
        }
    }

    /** A short line for the tree: {@code main ↑1 ↓2 ● 3}. */
    public String summary() {
        if (problem != null) {
            return problem;
        }
        StringBuilder sb = new StringBuilder(branch == null ? "detached" : branch);
        if (ahead > 0) {
            sb.append(" \u2191").append(ahead);
        }
        if (behind > 0) {
            sb.append(" \u2193").append(behind);
        }
        if (changed > 0) {
            sb.append(" \u25cf").append(changed);
        }
        if (stopped != null) {
            sb.append(" (").append(stopped).append(" stopped)");
        }
        return sb.toString();
    }
}
