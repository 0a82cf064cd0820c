package io.specgraph.engine.view.commit;

import java.util.List;
import java.util.Objects;

/**
 * What happened to one document (or, when no document covers it, one file) since the last commit, in the words of a
 * commit message: {@code add SPEC-PAY-07}, {@code remove ADR-9}, {@code PLAT-124: status Draft → Approved}.
 *
 * @param repo    the repo it lives in
 * @param subject the document's id, or the file's repo-relative path
 * @param type    what happened
 * @param details for {@link Type#CHANGE}: each change ({@code status Draft → Approved}, {@code blocked_by += ADR-100},
 *                {@code text}); empty otherwise
 */
public record ChangeNote(String repo, String subject, Type type, List<String> details) {

    /** Added, removed, changed (a document), or a file no document covers that was edited. */
    public enum Type { ADD, REMOVE, CHANGE, FILE }

    public ChangeNote {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(type, "type");
        details = List.copyOf(details);
    }

    /** The note as written in a commit message. */
    public String text() {
        return switch (type) {
            case ADD -> "add " + subject;
            case REMOVE -> "remove " + subject;
            case FILE -> "update " + subject;
            case CHANGE -> subject + ": " + String.join(", ", details);
        };
    }
}
