package io.specgraph.git;

import java.util.List;
import java.util.Objects;

/**
 * What a pull did to one repo: the outcome, the branch and upstream, HEAD before and after, how many commits came in
 * and how many local ones there were, and the files that stood in the way (dirty) or conflict.
 */
public record PullResult(Outcome outcome, String branch, String upstream, String before, String after, int incoming,
                         int outgoing, List<String> files) {

    /** How a pull ended. Only {@link #CONFLICT} leaves the repo mid-merge or mid-rebase (to finish or abort). */
    public enum Outcome {
        /** Nothing came in. */
        UP_TO_DATE,
        /** Nothing came in; there are local commits to push. */
        AHEAD,
        /** The branch moved forward to the upstream. */
        FAST_FORWARDED,
        /** Local commits were replayed on top of the upstream. */
        REBASED,
        /** The upstream was merged in with a merge commit. */
        MERGED,
        /** Both sides have commits and the mode was fast-forward only: nothing changed. */
        DIVERGED,
        /** Uncommitted changes would be overwritten: nothing changed. */
        DIRTY,
        /** The merge or rebase stopped on conflicting files, which hold both versions between markers. */
        CONFLICT,
        /** The branch tracks no remote branch: nothing to pull. */
        NO_UPSTREAM,
        /** HEAD is not on a branch: nothing to pull. */
        DETACHED
    }

    public PullResult {
        Objects.requireNonNull(outcome, "outcome");
        files = List.copyOf(files);
    }

    /** True when the repo is at or ahead of its upstream with nothing left to do. */
    public boolean ok() {
        return switch (outcome) {
            case UP_TO_DATE, AHEAD, FAST_FORWARDED, REBASED, MERGED, NO_UPSTREAM -> true;
            default -> false;
        };
    }
}
