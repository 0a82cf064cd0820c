package io.specgraph.graph.gate;

import java.util.BitSet;

/**
 * The keywords the text rules look for, found in one pass over a text: every word start is compared only with the
 * keywords beginning with its letter. Matching is by whole word (or phrase), case-insensitive, as gates.md asks.
 */
public enum Keywords {
    PII("pii"), PERSONAL_DATA("personal data"), P95("p95"), THROUGHPUT("throughput"),
    LOG("log"), LOGS("logs"), LOGGING("logging"), METRIC("metric"), METRICS("metrics"),
    TRACE("trace"), TRACES("traces"), TRACING("tracing"), ACCEPTANCE("acceptance"),
    ACCEPTANCE_SCENARIOS("acceptance scenarios"), NEEDS_CLARIFICATION("needs clarification"), SOURCE("source");

    private final String word;

    Keywords(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    private static final Keywords[][] BY_FIRST = new Keywords[128][];

    static {
        for (char c = 0; c < 128; c++) {
            final char ch = c;
            BY_FIRST[c] = java.util.Arrays.stream(values()).filter(k -> k.word.charAt(0) == ch).toArray(Keywords[]::new);
        }
    }

    /** The keywords occurring in {@code text} as whole words. */
    public static BitSet scan(String text) {
        BitSet found = new BitSet();
        scan(text, found);
        return found;
    }

    /** Adds the keywords occurring in {@code text} to {@code found}. */
    public static void scan(String text, BitSet found) {
        char[] a = text.toCharArray();
        int n = a.length;
        boolean wordBefore = false;
        for (int i = 0; i < n; i++) {
            char c = a[i];
            boolean word = c < 128 ? WORD[c] : Character.isLetterOrDigit(c);
            if (!wordBefore && word && c < 128) {
                Keywords[] candidates = BY_FIRST[c | 0x20];
                for (int k = 0; k < candidates.length; k++) {
                    if (matches(a, i, candidates[k].word)) {
                        found.set(candidates[k].ordinal());
                    }
                }
            }
            wordBefore = word;
        }
    }

    private static boolean matches(char[] a, int at, String word) {
        int end = at + word.length();
        if (end > a.length || end < a.length && (a[end] < 128 ? WORD[a[end]] : Character.isLetterOrDigit(a[end]))) {
            return false;
        }
        for (int j = 1; j < word.length(); j++) {
            char c = a[at + j];
            if ((c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    private static final boolean[] WORD = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    public boolean in(BitSet found) {
        return found.get(ordinal());
    }
}
