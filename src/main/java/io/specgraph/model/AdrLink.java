package io.specgraph.model;

import java.util.Objects;

/**
 * A pointer from one ADR to another, as written in its status ({@code Superseded by [ADR-0020](./0020-x.md)},
 * {@code Supercedes [1. First Record](0001-first-record.md)}, {@code status: "superseded by ADR-0123"},
 * {@code Amended by [3. T](0003-t.md)}). Kept as written; {@link #targetId} and {@link #targetPath} are what the
 * text says about the target, for the graph to resolve (either may be null: a discussion link, a bare word).
 *
 * @param relation   what the link says
 * @param label      the words before the target as written ({@code Superceded by}, {@code Clarifies})
 * @param text       the target as written: a markdown link, an id, or other text
 * @param linkTarget the link's destination when {@code text} is a markdown link ({@code ./0020-x.md}, a URL), or null
 * @param linkLabel  the link's text ({@code 3. T}, {@code ADR-0020}, a title), or null
 * @param targetId   the ADR id the text names, normalised like ADR ids ({@code ADR-20} from {@code ADR-0020},
 *                   from {@code [3. T]} or from the linked file name {@code 0003-t.md}), or null
 * @param targetPath the linked file, repo-relative, when the link is a relative path; null for URLs and anchors
 * @param path       the ADR file holding the link
 * @param span       where {@code text} is written ({@link Span#NONE} when not known exactly)
 */
public record AdrLink(AdrRelation relation, String label, String text, String linkTarget, String linkLabel,
                      String targetId, String targetPath, String path, Span span) {

    public AdrLink {
        Objects.requireNonNull(relation, "relation");
        label = label == null ? "" : label;
        Objects.requireNonNull(text, "text");
        path = path == null ? "" : path;
        span = span == null ? Span.NONE : span;
    }

    public int line() {
        return span.line();
    }
}
