package io.specgraph.template;

import io.specgraph.parse.Document;

import java.util.Objects;

/**
 * One template: what it is for, where it came from and its text, kept byte for byte.
 *
 * @param kind     what documents it makes
 * @param origin   where it came from
 * @param repo     the repo holding it, or "" for a built-in template
 * @param path     its file, repo-relative ({@code /}-separated), or the resource name of a built-in one
 * @param document its text, exactly as read
 */
public record Template(TemplateKind kind, TemplateOrigin origin, String repo, String path, Document document) {

    public Template {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(origin, "origin");
        repo = repo == null ? "" : repo;
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(document, "document");
    }

    public boolean builtIn() {
        return origin == TemplateOrigin.BUILT_IN;
    }

    /** {@code repo/path} or {@code built-in path}, for display. */
    public String where() {
        return builtIn() ? "built-in " + path : repo + "/" + path;
    }

    public String text() {
        return document.text();
    }

    /** The bytes as read. */
    public byte[] bytes() {
        return document.bytes();
    }

    @Override
    public String toString() {
        return kind + " (" + origin + ": " + where() + ")";
    }
}
