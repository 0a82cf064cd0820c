package io.specgraph.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

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
        if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('`') < 0) {
            return s.trim();
        }
        String t = s.replace("**", "").replace("__", "").replace("`", "").trim();
        t = NOTE.matcher(t).replaceAll("");
        t = STAR_WRAPPED.matcher(t).replaceAll("$1");
        t = UNDERSCORE_WRAPPED.matcher(t).replaceAll("$1");
        return t.trim();
    }

    private static final Pattern NOTE = Pattern.compile("\\s*\\*\\([^)]*\\)\\*\\s*$");
    private static final Pattern STAR_WRAPPED = Pattern.compile("^\\*(.*)\\*$");
    private static final Pattern UNDERSCORE_WRAPPED = Pattern.compile("^_(.*)_$");
}
