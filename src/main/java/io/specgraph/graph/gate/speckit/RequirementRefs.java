package io.specgraph.graph.gate.speckit;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Functional requirement ids as tasks write them: {@code FR-001}, {@code FR-1}, {@code FR-012a}, and ranges
 * {@code FR-001–FR-004}, {@code FR-001..004}, {@code FR-001 to FR-004}. Ids compare by number, so {@code FR-1} is
 * {@code FR-001}; {@code NFR-001} is not a functional requirement.
 */
final class RequirementRefs {

    private static final Pattern REF = Pattern.compile("(?<![A-Za-z0-9])FR-(\\d{1,5})([A-Za-z])?(?![0-9])"
            + "(?:\\s*(?:–|—|\\.\\.\\.?|\\bto\\b|\\bthrough\\b|\\s-\\s)\\s*(?:FR-)?(\\d{1,5})(?![0-9]))?");
    /** The most ids one range may stand for (a typo like FR-001..999 must not flood the set). */
    private static final int MAX_RANGE = 200;

    private RequirementRefs() {
    }

    /** The requirement key of an id as written ({@code FR-001} → {@code FR-1}), or null when it is not an FR id. */
    static String key(String id) {
        Matcher m = REF.matcher(id);
        return m.lookingAt() ? key(m.group(1), m.group(2)) : null;
    }

    /** Adds the keys of every FR id (and range) in {@code text} to {@code keys}. */
    static void collect(String text, Set<String> keys) {
        if (!text.contains("FR-")) {
            return;
        }
        Matcher m = REF.matcher(text);
        while (m.find()) {
            keys.add(key(m.group(1), m.group(2)));
            if (m.group(3) != null) {
                int from = Integer.parseInt(m.group(1));
                int to = Integer.parseInt(m.group(3));
                for (int n = from + 1; n <= to && n - from <= MAX_RANGE; n++) {
                    keys.add("FR-" + n);
                }
            }
        }
    }

    static Set<String> in(String text) {
        Set<String> out = new TreeSet<>();
        collect(text, out);
        return out;
    }

    private static String key(String digits, String suffix) {
        return "FR-" + Integer.parseInt(digits) + (suffix == null ? "" : suffix.toLowerCase(Locale.ROOT));
    }
}
