package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A node of the spec graph: one document (or a folder of documents, like a spec-kit feature) with its identity,
 * kind, metadata and text.
 *
 * @param repo    the repo it lives in
 * @param id      its id, unique within the repo ({@code PLAT-124}, {@code ADR-3}, {@code auth/session})
 * @param kind    its kind
 * @param layout  the layout that produced it
 * @param path    its main file, repo-relative, {@code /}-separated
 * @param title   its title (metadata, first {@code #} heading, front matter, else the file name)
 * @param version its version as written, or null
 * @param status  its status as written, or null
 * @param state   the lifecycle state its status maps to, or null (set when the graph is built)
 * @param meta    its metadata
 * @param content its main file's text
 * @param files   every file that belongs to the node (main file first)
 * @param parts   structured pieces the reader found
 */
public record Node(String repo, String id, NodeKind kind, Layout layout, String path, String title,
                   String version, String status, LifecycleState state, Metadata meta, Content content,
                   List<String> files, Parts parts) {

    public Node {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        title = title == null || title.isBlank() ? id : title;
        meta = meta == null ? Metadata.EMPTY : meta;
        content = content == null ? Content.EMPTY : content;
        files = files == null || files.isEmpty() ? List.of(path) : List.copyOf(files);
        parts = parts == null ? Parts.EMPTY : parts;
    }

    /** {@code repo/id}: unique in the workspace. */
    public String key() {
        return key(repo, id);
    }

    public static String key(String repo, String id) {
        return repo + "/" + id;
    }

    public Version parsedVersion() {
        return Version.parse(version);
    }

    public Node withState(LifecycleState newState) {
        return new Node(repo, id, kind, layout, path, title, version, status, newState, meta, content, files, parts);
    }

    public Node withId(String newId) {
        return new Node(repo, newId, kind, layout, path, title, version, status, state, meta, content, files, parts);
    }

    public Node withKind(NodeKind newKind) {
        return new Node(repo, id, newKind, layout, path, title, version, status, state, meta, content, files, parts);
    }

    public Node withParts(Parts newParts) {
        return new Node(repo, id, kind, layout, path, title, version, status, state, meta, content, files, newParts);
    }

    @Override
    public String toString() {
        return key() + " (" + kind + ")";
    }
}
