package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * The contents of a {@code spec-graph.json} (model.md §6): one entry per node with its links and status.
 *
 * @param version the file format version (1)
 * @param nodes   the entries, sorted by repo and id when written
 * @param path    where it was read from (repo-relative), or "" when built from documents
 */
public record SpecGraphFile(int version, List<Entry> nodes, String path) {

    public SpecGraphFile {
        nodes = List.copyOf(nodes);
        path = path == null ? "" : path;
    }

    /**
     * One node's entry. List fields hold references in canonical form ({@code PLAT-124@v1}).
     *
     * @param line the line the entry starts on when read from a file (0 otherwise)
     */
    public record Entry(String id, String kind, String repo, String path, String version, String status,
                        List<String> implementsRefs, List<String> dependsOn, List<String> affects, String contextPack,
                        int line) {
        public Entry {
            Objects.requireNonNull(id, "id");
            implementsRefs = implementsRefs == null ? List.of() : List.copyOf(implementsRefs);
            dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
            affects = affects == null ? List.of() : List.copyOf(affects);
        }

        /** {@code repo/id}, or the bare id when the entry names no repo. */
        public String key() {
            return repo == null || repo.isEmpty() ? id : repo + "/" + id;
        }
    }
}
