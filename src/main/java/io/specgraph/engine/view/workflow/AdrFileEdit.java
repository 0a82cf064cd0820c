package io.specgraph.engine.view.workflow;

import io.specgraph.parse.Document;

import java.util.Objects;

/**
 * One file an ADR workflow step changes: the text read from disk and the text it will write (a minimal edit).
 *
 * @param repo        the repo
 * @param path        the file, repo-relative
 * @param nodeId      the node the file holds ({@code ADR-100}, {@code SPEC-PAY-02})
 * @param description what changes, for the commit message ({@code status Proposed → Accepted})
 * @param before      the file as read
 * @param after       the file as it will be written
 */
public record AdrFileEdit(String repo, String path, String nodeId, String description, Document before,
                          Document after) {

    public AdrFileEdit {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(nodeId, "nodeId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /** {@code repo/path}. */
    public String file() {
        return repo + "/" + path;
    }

    /** {@code ADR-100: status Proposed → Accepted}. */
    public String summary() {
        return nodeId + ": " + description;
    }
}
