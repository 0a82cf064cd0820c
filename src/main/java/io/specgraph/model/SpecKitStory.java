package io.specgraph.model;

import java.util.Objects;

/**
 * A user story heading of a spec-kit spec: {@code ### User Story 1 - Browse the catalogue (Priority: P1)}.
 *
 * @param path     the file, repo-relative
 * @param line     1-based line of the heading
 * @param number   the story number ({@code 1}); tasks label it {@code [US1]}
 * @param title    the title after the dash
 * @param priority {@code P1}, {@code P2} …, or null when the heading gives none
 */
public record SpecKitStory(String path, int line, int number, String title, String priority) {

    public SpecKitStory {
        Objects.requireNonNull(path, "path");
        title = title == null ? "" : title;
    }

    /** The task label for this story: {@code US1}. */
    public String label() {
        return "US" + number;
    }
}
