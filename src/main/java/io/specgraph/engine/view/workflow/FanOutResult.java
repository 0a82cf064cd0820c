package io.specgraph.engine.view.workflow;

import io.specgraph.model.Node;

import java.nio.file.Path;
import java.util.List;

/**
 * What a workflow wrote.
 *
 * @param written  the new documents, in the order written
 * @param linked   the edits made to existing documents to link them (a platform spec's {@code children}), or why an
 *                 edit could not be made
 * @param problems what was not written, and why
 */
public record FanOutResult(List<Written> written, List<String> linked, List<String> problems) {

    public FanOutResult {
        written = List.copyOf(written);
        linked = List.copyOf(linked);
        problems = List.copyOf(problems);
    }

    /**
     * A document written.
     *
     * @param repo the repo
     * @param path its path in the repo
     * @param id   the id it reads as
     * @param file the file on disk
     */
    public record Written(String repo, String path, String id, Path file) {
        /** Its node key ({@code cart/SPEC-CART-07}; a contract's key carries its version). */
        public String nodeKey() {
            return Node.key(repo, id);
        }
    }
}
