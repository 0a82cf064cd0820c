package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A node of the spec graph (immutable): one document (or a folder of documents, like a spec-kit feature) with its identity,
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
public final class Node {

    private int hash;
    private final String repo;
    private final String id;
    private final NodeKind kind;
    private final Layout layout;
    private final String path;
    private final String title;
    private final String version;
    private final String status;
    private final LifecycleState state;
    private final Metadata meta;
    private final Content content;
    private final List<String> files;
    private final Parts parts;
    private final String key;

    public Node(String repo, String id, NodeKind kind, Layout layout, String path, String title, String version,
                String status, LifecycleState state, Metadata meta, Content content, List<String> files, Parts parts) {
        this.repo = Objects.requireNonNull(repo, "repo");
        this.id = Objects.requireNonNull(id, "id");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.layout = layout;
        this.path = Objects.requireNonNull(path, "path");
        this.title = title == null || title.isBlank() ? id : title;
        this.version = version;
        this.status = status;
        this.state = state;
        this.meta = meta == null ? Metadata.EMPTY : meta;
        this.content = content == null ? Content.EMPTY : content;
        this.files = files == null || files.isEmpty() ? List.of(path) : List.copyOf(files);
        this.parts = parts == null ? Parts.EMPTY : parts;
        this.key = key(repo, id);
    }

    public String repo() {
        return repo;
    }

    public String id() {
        return id;
    }

    public NodeKind kind() {
        return kind;
    }

    public Layout layout() {
        return layout;
    }

    public String path() {
        return path;
    }

    public String title() {
        return title;
    }

    public String version() {
        return version;
    }

    public String status() {
        return status;
    }

    public LifecycleState state() {
        return state;
    }

    public Metadata meta() {
        return meta;
    }

    public Content content() {
        return content;
    }

    public List<String> files() {
        return files;
    }

    public Parts parts() {
        return parts;
    }

    /** {@code repo/id}: unique in the workspace. */
    public String key() {
        return key;
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
    public boolean equals(Object o) {
        return o instanceof Node n && key.equals(n.key) && kind == n.kind && path.equals(n.path)
                && Objects.equals(status, n.status) && state == n.state && Objects.equals(version, n.version)
                && title.equals(n.title) && files.equals(n.files);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(key, kind, path);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return key + " (" + kind + ")";
    }
}
