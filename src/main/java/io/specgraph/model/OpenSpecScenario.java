package io.specgraph.model;

import java.util.Objects;

/**
 * A scenario of an OpenSpec requirement as OpenSpec's spec parser reads it: a child heading of the requirement
 * (any level-4 heading, not only {@code #### Scenario:}) whose body is not empty.
 *
 * @param title   the heading text as written (after the {@code #}s, trimmed)
 * @param name    the name OpenSpec compares scenarios by: closing {@code #}s and a {@code Scenario:} prefix removed
 * @param line    1-based line of the heading
 * @param rawText the body, trimmed (OpenSpec's {@code rawText})
 */
public record OpenSpecScenario(String title, String name, int line, String rawText) {

    public OpenSpecScenario {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rawText, "rawText");
    }
}
