package io.specgraph.template;

import io.specgraph.model.ListValues;

import java.util.List;
import java.util.regex.Pattern;

/** Spelling values for the place they are written: YAML scalars quoted only when they must be, lists by style. */
final class ValueText {

    private static final Pattern YAML_PLAIN_SAFE = Pattern.compile("^[A-Za-z0-9_./@+()][^:#\\[\\]{},&*!|>'\"%`]*$");

    private ValueText() {
    }

    /** A YAML scalar: plain when safe, else double-quoted. {@code quote} forces the original quote char. */
    static String yamlScalar(String value, char quote) {
        if (quote == '"') {
            return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (quote == '\'') {
            return "'" + value.replace("'", "''") + "'";
        }
        boolean reserved = value.matches("(?i)^(true|false|yes|no|on|off|null|~)$") || value.isEmpty()
                || value.matches("^[-+]?[0-9.]+$") && !value.matches("^[0-9]+\\.[0-9]+\\.[0-9]+$");
        if (!reserved && YAML_PLAIN_SAFE.matcher(value).matches() && !value.endsWith(" ")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** A flow list {@code [a, b]}. */
    static String yamlFlow(List<String> items) {
        return "[" + String.join(", ", items.stream().map(i -> yamlScalar(i, ' ')).toList()) + "]";
    }

    /** A comma-separated list, {@code []} when empty (model.md §3). */
    static String commaList(List<String> items) {
        return items.isEmpty() ? "[]" : String.join(", ", items);
    }

    /** True when {@code text} is written as a YAML flow list. */
    static boolean isFlow(String text) {
        String t = text.strip();
        return t.startsWith("[") && t.endsWith("]");
    }

    static List<String> items(String value) {
        return ListValues.split(value);
    }
}
