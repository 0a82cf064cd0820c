package io.specgraph.graph.gate.openspec;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The few pieces of OpenSpec's TypeScript text handling the validator needs on top of what the reader already
 * parsed: JavaScript's whitespace ({@code trim()}, {@code \s}), requirement-name normalising and folding, and the
 * SHALL/MUST test ({@code /\b(SHALL|MUST)\b/}, ASCII word boundaries).
 */
final class OsText {

    private static final String WS =
            "[\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";
    private static final Pattern WS_RUN = Pattern.compile(WS + "+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*\\z");
    private static final Pattern SHALL_MUST = Pattern.compile("(?<![A-Za-z0-9_])(?:SHALL|MUST)(?![A-Za-z0-9_])");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private OsText() {
    }

    /** True for the characters JavaScript's {@code trim()} removes. */
    static boolean isWhitespace(char c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x00a0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
                    0xfeff:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    /** JavaScript's {@code String.prototype.trim()}. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * {@code normalizeRequirementName}: a closing run of {@code #}s after a space or tab removed, trimmed. Not
     * idempotent ({@code "A # #"} loses one run per call), which is why the validator applies it again to names the
     * reader already normalised, as the CLI does.
     */
    static String key(String name) {
        return trim(CLOSING_HASHES.matcher(name).replaceFirst(""));
    }

    /** {@code foldRequirementName}: normalised, lower case, whitespace runs collapsed to one space. */
    static String fold(String name) {
        return WS_RUN.matcher(key(name).toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    /** {@code containsShallOrMust}. */
    static boolean hasShallOrMust(String text) {
        return text != null && SHALL_MUST.matcher(text).find();
    }

    /** A task group number without leading zeros ({@code 01} → {@code 1}). */
    static String group(String number) {
        return LEADING_ZEROS.matcher(number).replaceFirst("");
    }

    /** {@code "a", "b"}: each name quoted, comma separated. */
    static String quoted(Iterable<String> names) {
        StringBuilder sb = new StringBuilder();
        for (String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append('"').append(n).append('"');
        }
        return sb.toString();
    }
}
