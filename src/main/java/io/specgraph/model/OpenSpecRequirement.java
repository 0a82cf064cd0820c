package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A requirement as OpenSpec's spec parser reads it (counting, {@code show --json}, schema checks): every child
 * heading of {@code ## Requirements}, whatever it says.
 *
 * @param title     the heading text as written ({@code Requirement: User login}, or any other text)
 * @param line      1-based line of the heading
 * @param level     the heading level (3 for {@code ###})
 * @param text      the requirement text: body lines up to the first heading, blank lines and {@code **Key**: value}
 *                  lines skipped unless those are all there is, else the heading title
 * @param scenarios its scenarios (child headings with a non-empty body)
 */
public record OpenSpecRequirement(String title, int line, int level, String text, List<OpenSpecScenario> scenarios) {

    public OpenSpecRequirement {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        scenarios = List.copyOf(scenarios);
    }
}
