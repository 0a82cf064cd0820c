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

    /** The keywords by their first two letters ({@code first << 7 | second}, lower case): most words find none. */
    private static final byte[][][] WORDS_BY_PAIR = new byte[128 * 128][][];
    private static final int[][] BITS_BY_PAIR = new int[128 * 128][];

    static {
        if (values().length > Integer.SIZE) {
            throw new ExceptionInInitializerError("a keyword mask holds at most 32 keywords");
        }
        java.util.Arrays.fill(WORDS_BY_PAIR, new byte[0][]);
        java.util.Arrays.fill(BITS_BY_PAIR, new int[0]);
        for (Keywords k : values()) {
            int pair = k.word.charAt(0) << 7 | k.word.charAt(1);
            int at = WORDS_BY_PAIR[pair].length;
            WORDS_BY_PAIR[pair] = java.util.Arrays.copyOf(WORDS_BY_PAIR[pair], at + 1);
            BITS_BY_PAIR[pair] = java.util.Arrays.copyOf(BITS_BY_PAIR[pair], at + 1);
            WORDS_BY_PAIR[pair][at] = k.word.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            BITS_BY_PAIR[pair][at] = 1 << k.ordinal();
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
        int mask = mask(text);
        for (int k = 0; mask != 0; k++, mask >>>= 1) {
            if ((mask & 1) != 0) {
                found.set(k);
            }
        }
    }

    /** The keywords occurring in {@code text} as whole words, bit {@code ordinal()} set for each. */
    public static int mask(String text) {
        byte[] a = latin1(text);
        int n = a.length;
        int mask = 0;
        boolean wordBefore = false;
        for (int i = 0; i < n; i++) {
            int c = a[i] & 0xFF;
            boolean word = WORD[c];
            if (word && !wordBefore && c < 128 && i + 1 < n && a[i + 1] >= 0) {
                int pair = (c | 0x20) << 7 | (a[i + 1] | 0x20);
                byte[][] words = WORDS_BY_PAIR[pair];
                for (int k = 0; k < words.length; k++) {
                    if (matchesAt(a, i, words[k])) {
                        mask |= BITS_BY_PAIR[pair][k];
                    }
                }
            }
            wordBefore = word;
        }
        return mask;
    }

    /** True when {@code word} (lower case) stands at {@code at}, ignoring case, and no word char follows it. */
    private static boolean matchesAt(byte[] a, int at, byte[] word) {
        int end = at + word.length;
        if (end > a.length || end < a.length && WORD[a[end] & 0xFF]) {
            return false;
        }
        for (int j = 1; j < word.length; j++) {
            int c = a[at + j];
            if ((c >= 'A' && c <= 'Z' ? c | 0x20 : c) != word[j]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text as one byte per char, which array loops read fastest (the command line runs C1-compiled code).
     * Chars beyond Latin-1 (surrogates too) become a Latin-1 letter or a space, by whether they are a letter or
     * digit: keywords are ASCII, so only that class matters at word boundaries.
     */
    private static byte[] latin1(String text) {
        byte[] a = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (a.length != text.length()) {
            a = new byte[text.length()];
            for (int i = 0; i < a.length; i++) {
                a[i] = (byte) '?';
            }
        }
        for (int i = 0; i < a.length; i++) {
            char c;
            if (a[i] == '?' && (c = text.charAt(i)) != '?') {
                a[i] = c < 256 ? (byte) c : Character.isLetterOrDigit(c) ? (byte) 0xAA : (byte) ' ';
            }
        }
        return a;
    }

    private static final boolean[] WORD = new boolean[256];

    static {
        for (char c = 0; c < 256; c++) {
            WORD[c] = Character.isLetterOrDigit(c);
        }
    }

    /** True when this keyword's bit is set in a {@link #mask}. */
    public boolean in(int mask) {
        return (mask & 1 << ordinal()) != 0;
    }

    public boolean in(BitSet found) {
        return found.get(ordinal());
    }
}
