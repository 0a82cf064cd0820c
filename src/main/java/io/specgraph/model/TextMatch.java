package io.specgraph.model;

import java.util.Locale;

/** Plain-text matching used by the documented text rules: case-insensitive whole words, markup ignored. */
public final class TextMatch {

    private TextMatch() {
    }

    /** True when {@code text} contains {@code word} (which may hold spaces or hyphens) as a case-insensitive whole word. */
    public static boolean containsWord(String text, String word) {
        return indexOfWord(text, word) >= 0;
    }

    /** The index of {@code word} as a case-insensitive whole word in {@code text}, or -1. */
    public static int indexOfWord(String text, String word) {
        if (text == null || word == null || word.isEmpty()) {
            return -1;
        }
        String t = text.toLowerCase(Locale.ROOT);
        String w = word.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int i = t.indexOf(w, from);
            if (i < 0) {
                return -1;
            }
            int end = i + w.length();
            boolean startOk = i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1));
            boolean endOk = end >= t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startOk && endOk) {
                return i;
            }
            from = i + 1;
        }
    }

    /** Removes emphasis markers ({@code **}, {@code __}, single {@code *}/{@code _} around words) and back-quotes. */
    public static String stripMarkup(String s) {
        return s.replace("**", "").replace("__", "").replace("`", "").replaceAll("(?<![\\w*])[*_](\\S(?:.*?\\S)?)[*_](?![\\w*])", "$1");
    }
}
