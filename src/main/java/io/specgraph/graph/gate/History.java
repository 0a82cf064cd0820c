package io.specgraph.graph.gate;

import java.util.List;

/**
 * What git history says about documents, for the rules that need it (LC4, LC5, IS3). Implemented over JGit by the
 * engine; {@link #NONE} when a repo has no history (plain folders).
 */
public interface History {

    /** A document that existed in an earlier commit and is gone now. */
    record Deleted(String repo, String path, String commit, String lastStatus) {
    }

    /** The status values a file had in earlier commits, oldest first (without the current one). */
    List<String> pastStatuses(String repo, String path);

    /** The version values a file had in earlier commits, oldest first (without the current one). */
    List<String> pastVersions(String repo, String path);

    /** Spec and ADR documents deleted in the repo's history (still absent now). */
    List<Deleted> deletedDocuments(String repo);

    /** True when the repo has git history to read. */
    boolean available(String repo);

    History NONE = new History() {
        @Override
        public List<String> pastStatuses(String repo, String path) {
            return List.of();
        }

        @Override
        public List<String> pastVersions(String repo, String path) {
            return List.of();
        }

        @Override
        public List<Deleted> deletedDocuments(String repo) {
            return List.of();
        }

        @Override
        public boolean available(String repo) {
            return false;
        }
    };
}
