package io.specgraph.parse;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where readers get document bytes: the disk, or the disk overlaid with unsaved editor buffers (so gates run on
 * what the user is typing). Implementations never throw.
 */
@FunctionalInterface
public interface DocumentSource {

    /** Loads {@code relPath} of the repo, or explains why it cannot. */
    DocumentLoader.Loaded load(String relPath);

    /** Reads from the repo folder. */
    static DocumentSource disk(String repo, Path root) {
        return rel -> DocumentLoader.load(repo, root, rel);
    }

    /** Reads {@code overlay} entries (repo-relative path → bytes) first, else from {@code base}. */
    static DocumentSource overlay(String repo, DocumentSource base, Map<String, byte[]> overlay) {
        return rel -> {
            byte[] bytes = overlay.get(rel);
            return bytes != null ? DocumentLoader.fromBytes(repo, rel, bytes) : base.load(rel);
        };
    }
}
