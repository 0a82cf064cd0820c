package io.specgraph.model;

import java.util.Objects;

/**
 * A markdown link (or image, or reference definition) in a spec-kit document, outside code, and where it leads.
 *
 * @param path     the file holding the link, repo-relative
 * @param line     1-based line
 * @param column   1-based column of the target text
 * @param text     the link text
 * @param target   the target as written (without angle brackets and title)
 * @param resolved the repo-relative file or folder it leads to (without {@code #anchor}); null for external,
 *                 anchor-only and outside-the-repo targets
 * @param status   how the target resolved
 */
public record SpecKitLink(String path, int line, int column, String text, String target, String resolved,
                          Status status) {

    /** How a link target resolved. */
    public enum Status {
        /** A URL with a scheme ({@code https:}, {@code mailto:}); not checked. */
        EXTERNAL,
        /** Only an anchor in the same document ({@code #goals}); not checked. */
        ANCHOR,
        /** Exists, relative to the document (or to the repo root for a leading {@code /}). */
        FOUND,
        /** Missing relative to the document but exists from the repo or project root: written root-relative. */
        ROOT_RELATIVE,
        /** Exists nowhere. {@code resolved} is where it would be relative to the document. */
        MISSING,
        /** Climbs out of the repo with {@code ../}. */
        OUTSIDE_REPO
    }

    public SpecKitLink {
        Objects.requireNonNull(path, "path");
        text = text == null ? "" : text;
        target = target == null ? "" : target;
        Objects.requireNonNull(status, "status");
    }

    /** True when a rule should report the link as broken. */
    public boolean isBroken() {
        return status == Status.MISSING || status == Status.OUTSIDE_REPO;
    }
}
