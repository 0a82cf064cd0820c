package io.specgraph.model;

import java.util.Objects;

/**
 * A RENAMED pair: a {@code FROM:} line followed by a {@code TO:} line.
 *
 * @param from     the old requirement name
 * @param to       the new requirement name
 * @param fromLine 1-based line of the {@code FROM:} line
 * @param toLine   1-based line of the {@code TO:} line
 */
public record OpenSpecRename(String from, String to, int fromLine, int toLine) {

    public OpenSpecRename {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
