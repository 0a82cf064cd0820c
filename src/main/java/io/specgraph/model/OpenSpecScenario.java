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

    /**
     * The names of {@code names} left over once each name of {@code against} has matched one equal name
     * (multiplicity-aware, in order): the scenarios a MODIFIED block drops (OpenSpec's {@code diffScenarioNames}).
     */
    public static java.util.List<String> unmatched(java.util.List<String> names, java.util.List<String> against) {
        java.util.Map<String, Integer> remaining = new java.util.HashMap<>();
        against.forEach(n -> remaining.merge(n, 1, Integer::sum));
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String n : names) {
            int left = remaining.getOrDefault(n, 0);
            if (left > 0) {
                remaining.put(n, left - 1);
            } else {
                out.add(n);
            }
        }
        return out;
    }
}
