package io.specgraph.graph.gate.speckit;

import java.util.List;

/**
 * How the spec-kit rules keep their findings readable on large files: items a reader fixes one by one (a marker, a
 * duplicate id, a placeholder) are reported one finding each up to {@link #EACH} per file, then one summary
 * finding for the rest; problems of one kind that repeat over a file (a task line format) are one finding per file
 * and kind, at the first line, with the count and the first {@link #SHOWN} line numbers.
 */
final class Grouping {

    /** Findings per file for items reported one by one, before the rest is summarised. */
    static final int EACH = 20;
    /** Line numbers (or ids) a grouped message lists. */
    static final int SHOWN = 5;

    private Grouping() {
    }

    /** {@code line 12}, or {@code lines 12, 14, 20, 31, 40 and 409 more}. */
    static String lines(List<Integer> lines) {
        if (lines.size() == 1) {
            return "line " + lines.get(0);
        }
        return "lines " + list(lines.stream().map(String::valueOf).toList());
    }

    /** {@code a}, {@code a and b}, {@code a, b, c, d, e and 7 more}. */
    static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        if (items.size() <= SHOWN) {
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
        return String.join(", ", items.subList(0, SHOWN)) + " and " + (items.size() - SHOWN) + " more";
    }

    /** {@code 1 task line}, {@code 3 task lines}. */
    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    /** The text shortened to {@code max} characters with an ellipsis. */
    static String abbreviate(String text, int max) {
        String t = text.strip();
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }
}
