package io.specgraph.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A markdown heading: its level (1–6), its text without the {@code #} marks, and where it stands.
 */
public record Heading(int level, String text, int line, int column) {

    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level " + level);
        }
        Objects.requireNonNull(text, "text");
    }

    /** The text without emphasis markup and trailing {@code *(mandatory)*} notes, lower case, for matching. */
    public String normalized() {
        return plain(text).toLowerCase(Locale.ROOT);
    }

    /** True when the heading, ignoring case and markup, equals {@code name}. */
    public boolean is(String name) {
        return normalized().equals(name.toLowerCase(Locale.ROOT));
    }

    /** True when the heading, ignoring case and markup, contains {@code word} as a whole word. */
    public boolean mentions(String word) {
        return TextMatch.containsWord(plain(text), word);
    }

    /** Strips {@code *}, {@code _} emphasis and back-quotes, and a trailing parenthesised note. */
    public static String plain(String s) {
        String t = s.replace("**", "").replace("__", "").replace("`", "").trim();
        t = t.replaceAll("\\s*\\*\\([^)]*\\)\\*\\s*$", "");
        t = t.replaceAll("^\\*(.*)\\*$", "$1").replaceAll("^_(.*)_$", "$1");
        return t.trim();
    }
}
