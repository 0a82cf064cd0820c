package io.specgraph.graph.gate.openspec;

import io.specgraph.model.JsStrings;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The few pieces of OpenSpec's TypeScript text handling the validator needs on top of what the reader already
 * parsed: JavaScript's whitespace ({@code trim()}, {@code \s}), requirement-name normalising and folding, and the
 * SHALL/MUST test ({@code /\b(SHALL|MUST)\b/}, ASCII word boundaries).
 */
final class OsText {

    private static final Pattern WS_RUN = Pattern.compile(JsStrings.WS + "+");
    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*\\z");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=\\d)");

    private OsText() {
    }

    /** JavaScript's {@code String.prototype.trim()}. */
    static String trim(String s) {
        return JsStrings.trim(s);
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
        return JsStrings.containsShallOrMust(text);
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
