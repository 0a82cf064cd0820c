package io.specgraph.git;

/** What a pull does when both the repo and its upstream have new commits. */
public enum PullMode {
    /** Only fast-forward; when the histories diverged, change nothing and say so. */
    FAST_FORWARD_ONLY,
    /** Replay the local commits on top of the upstream. */
    REBASE,
    /** Merge the upstream in with a merge commit. */
    MERGE
}
