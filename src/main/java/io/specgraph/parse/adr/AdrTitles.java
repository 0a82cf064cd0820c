package io.specgraph.parse.adr;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ADR titles without their number: {@code 1. Title}, {@code 0001: Title}, {@code ADR 9: Title},
 * {@code ADR-0009 - Title}, {@code ADR-0009 Title}, {@code [ADR-9] Title}, {@code 12) Title} all give
 * {@code Title}. A title that only
 * starts with a number ({@code 2024 roadmap}, {@code 3.x migration}) is kept. The number itself comes from the
 * file name ({@link AdrFileNames}).
 */
public final class AdrTitles {

    private static final Pattern ADR_SEPARATOR = Pattern.compile(
            "^\\[?adr[-_ #]?\\d{1,12}\\]?\\s*[.:)\\-–—|]\\s*(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADR_SPACE = Pattern.compile(
            "^(?:\\[adr[-_ #]?\\d{1,12}\\]|adr[-_]\\d{1,12})\\s+(\\S.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER_PREFIX = Pattern.compile(
            "^\\d{1,12}(?:\\.\\s+|\\s*[:)]\\s*|\\s+[-–—|]\\s+)(\\S.*)$");

    private AdrTitles() {
    }

    /** {@code title} without a leading ADR number. */
    public static String strip(String title) {
        if (title == null) {
            return null;
        }
        String t = title.strip();
        for (Pattern p : new Pattern[]{ADR_SEPARATOR, ADR_SPACE}) {
            Matcher a = p.matcher(t);
            if (a.matches()) {
                return a.group(1).strip();
            }
        }
        Matcher n = NUMBER_PREFIX.matcher(t);
        if (n.matches()) {
            return n.group(1).strip();
        }
        return t;
    }

    /** A title from a file name's slug: {@code use-postgres} → {@code Use postgres}; null for an empty slug. */
    public static String fromSlug(String slug) {
        String s = slug.replace('-', ' ').replace('_', ' ').strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return null;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
