package io.specgraph.template;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Template placeholders: a whole value in {@code [brackets]} that is not a reference ({@code [DATE]},
 * {@code [###-feature-name]}, {@code [Platform Spec ID + version]}), in {@code {braces}} (MADR), in
 * {@code <angle brackets>} (OpenSpec), a {@code $ARGUMENTS}-style variable, or an adr-tools word
 * ({@code DATE}, {@code STATUS}, {@code YYYY-MM-DD}).
 */
final class Placeholders {

    private static final Pattern ID_LIKE = Pattern.compile(
            "^[A-Za-z0-9][\\w.:@/-]*\\d[\\w.:@/-]*([ @]v?\\d+(\\.\\d+)*)?$");
    private static final Set<String> WORDS = Set.of("DATE", "STATUS", "TITLE", "NUMBER", "NAME", "YYYY-MM-DD");

    private Placeholders() {
    }

    /** True when {@code value} as a whole is a placeholder. */
    static boolean is(String value) {
        String v = value == null ? "" : value.strip();
        if (v.length() < 2) {
            return false;
        }
        if (WORDS.contains(v) || v.matches("\\$[A-Z_]+")) {
            return true;
        }
        char first = v.charAt(0);
        char last = v.charAt(v.length() - 1);
        String inner = v.substring(1, v.length() - 1).strip();
        if (first == '{' && last == '}' || first == '<' && last == '>' && !v.startsWith("<!--")) {
            return !inner.isEmpty() && inner.indexOf(first) < 0;
        }
        if (first == '[' && last == ']') {
            return !inner.isEmpty() && inner.indexOf('[') < 0 && inner.indexOf(',') < 0 && !v.contains("](")
                    && !ID_LIKE.matcher(inner).matches();
        }
        return false;
    }

    /** What the placeholder asks for: its text without the brackets. */
    static String guidance(String value) {
        String v = value.strip();
        if (WORDS.contains(v) || v.startsWith("$")) {
            return v;
        }
        return v.substring(1, v.length() - 1).strip();
    }

    /** The text of an HTML comment without its markers, lines joined by spaces. */
    static String commentText(String comment) {
        String t = comment.strip();
        if (t.startsWith("<!--")) {
            t = t.substring(4);
        }
        if (t.endsWith("-->")) {
            t = t.substring(0, t.length() - 3);
        }
        return t.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
