package io.specgraph.git;

import java.util.List;
import java.util.Objects;

/**
 * A repo at one moment: its branch (null when HEAD is detached), the upstream it tracks (e.g. {@code origin/main},
 * or null), how many commits it is ahead of and behind that upstream (as of the last fetch), whether a merge or
 * rebase is stopped, and the changed files, sorted by path.
 */
public record RepoStatus(String branch, String head, String upstream, int ahead, int behind, Operation inProgress,
                         List<FileChange> files) {

    /** A merge or rebase that stopped (on a conflict) and waits to be finished or aborted. */
    public enum Operation { NONE, MERGE, REBASE, OTHER }

    /** What happened to a file since the last commit. */
    public enum Change { ADDED, MODIFIED, DELETED, UNTRACKED, CONFLICTING }

    /** One changed file, {@code /}-separated and relative to the repo. */
    public record FileChange(String path, Change change) {
        public FileChange {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(change, "change");
        }
    }

    public RepoStatus {
        Objects.requireNonNull(inProgress, "inProgress");
        files = List.copyOf(files);
    }

    /** True when some file differs from the last commit (untracked files count). */
    public boolean dirty() {
        return !files.isEmpty();
    }

    /** The files that differ from the last commit in git's eyes, leaving out untracked ones. */
    public List<String> trackedChanges() {
        return files.stream().filter(f -> f.change() != Change.UNTRACKED).map(FileChange::path).toList();
    }

    public List<String> conflicting() {
        return files.stream().filter(f -> f.change() == Change.CONFLICTING).map(FileChange::path).toList();
    }

    public boolean detached() {
        return branch == null;
    }
}
