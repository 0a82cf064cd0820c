package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A {@code ### Requirement: <name>} block as OpenSpec's validator and archive read it: the header line through the
 * line before the next {@code ### Requirement:} or {@code ## } heading (fenced lines do not count as headings).
 *
 * @param name               the requirement name: header text after {@code Requirement:}, closing {@code #}s removed,
 *                           trimmed (names compare case-sensitively)
 * @param header             the header line as written
 * @param line               1-based line of the header
 * @param raw                the block's text, LF line endings, trailing whitespace removed
 * @param body               the requirement body (blank and fenced lines skipped, {@code **Key**: value} lines only
 *                           when nothing else is there); empty when the block has no body text
 * @param scenarioCount      level-4 headings outside fences whose body is not empty
 * @param emptyScenarioCount level-4 headings outside fences with nothing under them
 * @param scenarioNames      the names of every level-4 heading outside fences, in order (archive's comparison)
 */
public record OpenSpecBlock(String name, String header, int line, String raw, String body, int scenarioCount,
                            int emptyScenarioCount, List<String> scenarioNames) {

    public OpenSpecBlock {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(body, "body");
        scenarioNames = List.copyOf(scenarioNames);
    }

    /** True when the body has text ({@code extractRequirementBody} gave something). */
    public boolean hasBody() {
        return !body.isEmpty();
    }
}
