package io.specgraph.model;

import java.util.regex.Pattern;

/** Plain-text matching used by the documented text rules: case-insensitive whole words, markup ignored. */
public final class TextMatch {

    private TextMatch() {
    }

    /** True when {@code text} contains {@code word} (which may hold spaces or hyphens) as a case-insensitive whole word. */
    public static boolean containsWord(String text, String word) {
        return indexOfWord(text, word) >= 0;
    }

    /**
     * True when {@code lowerText} contains {@code lowerWord} as a whole word; both already lower case (for rules
     * that test many words against one line: lower the line once).
     */
    public static boolean containsLowerWord(String lowerText, String lowerWord) {
        int n = lowerWord.length();
        for (int i = lowerText.indexOf(lowerWord); i >= 0; i = lowerText.indexOf(lowerWord, i + 1)) {
            int end = i + n;
            if ((i == 0 || !Character.isLetterOrDigit(lowerText.charAt(i - 1)))
                    && (end >= lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** The index of {@code word} as a case-insensitive whole word in {@code text}, or -1. */
    public static int indexOfWord(String text, String word) {
        if (text == null || word == null || word.isEmpty()) {
            return -1;
        }
        int n = word.length();
        char lower = Character.toLowerCase(word.charAt(0));
        char upper = Character.toUpperCase(word.charAt(0));
        for (int i = 0; i + n <= text.length(); i++) {
            char c = text.charAt(i);
            if (c != lower && c != upper || !text.regionMatches(true, i, word, 0, n)) {
                continue;
            }
            int end = i + n;
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
        }
        return -1;
    }

    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])[*_](\\S(?:.*?\\S)?)[*_](?![\\w*])");

    /** Removes emphasis markers ({@code **}, {@code __}, single {@code *}/{@code _} around words) and back-quotes. */
    public static String stripMarkup(String s) {
        if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('`') < 0) {
            return s;
        }
        String t = s.replace("**", "").replace("__", "").replace("`", "");
        return t.indexOf('*') < 0 && t.indexOf('_') < 0 ? t : EMPHASIS.matcher(t).replaceAll("$1");
    }
}
