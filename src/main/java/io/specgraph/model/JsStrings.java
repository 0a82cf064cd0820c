package io.specgraph.model;

import java.util.regex.Pattern;

/**
 * JavaScript's idea of whitespace and of a SHALL/MUST word, shared by the OpenSpec reader and the OpenSpec
 * validator so that both treat text exactly as the {@code openspec} CLI (TypeScript) does.
 */
public final class JsStrings {

    /** A character class matching what JavaScript's {@code \s} matches. */
    public static final String WS =
            "[\\t\\n\\x0B\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";

    private static final Pattern SHALL_MUST = Pattern.compile("(?<![A-Za-z0-9_])(?:SHALL|MUST)(?![A-Za-z0-9_])");

    private JsStrings() {
    }

    /** True for the characters JavaScript's {@code \s} and {@code trim()} treat as whitespace. */
    public static boolean isWhitespace(char c) {
        switch (c) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x00a0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
                    0xfeff:
                return true;
            default:
                return c >= 0x2000 && c <= 0x200a;
        }
    }

    /** JavaScript's {@code String.prototype.trim()}. */
    public static String trim(String s) {
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

    /** OpenSpec's {@code containsShallOrMust}: {@code /\b(SHALL|MUST)\b/}, case-sensitive, ASCII word boundaries. */
    public static boolean containsShallOrMust(String text) {
        return text != null && SHALL_MUST.matcher(text).find();
    }
}
