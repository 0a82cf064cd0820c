package io.specgraph.parse.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;

import java.util.BitSet;
import java.util.List;

/** Small text helpers shared by the spec-kit scanners: inline code spans and the heading above a line. */
final class SpecText {

    private SpecText() {
    }

    /** The characters of {@code line} inside inline code spans ({@code `…`}, {@code ``…``}), back-quotes included. */
    static BitSet inlineCode(String line) {
        BitSet code = new BitSet(line.length());
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) != '`') {
                i++;
                continue;
            }
            int run = runLength(line, i);
            int close = findRun(line, i + run, run);
            if (close < 0) {
                i += run;
                continue;
            }
            code.set(i, close + run);
            i = close + run;
        }
        return code;
    }

    private static int runLength(String s, int from) {
        int k = from;
        while (k < s.length() && s.charAt(k) == '`') {
            k++;
        }
        return k - from;
    }

    private static int findRun(String s, int from, int len) {
        int k = from;
        while (k < s.length()) {
            if (s.charAt(k) == '`') {
                int run = runLength(s, k);
                if (run == len) {
                    return k;
                }
                k += run;
            } else {
                k++;
            }
        }
        return -1;
    }

    /** Walks lines in order and answers the nearest heading above each (call with increasing line numbers). */
    static final class Sections {
        private final List<Heading> headings;
        private int next;
        private Heading current;

        Sections(Content content) {
            this.headings = content.headings();
        }

        /** The nearest heading at or above line {@code n}, or null. */
        Heading at(int n) {
            while (next < headings.size() && headings.get(next).line() <= n) {
                current = headings.get(next++);
            }
            return current;
        }

        /** The text of {@link #at}, or "". */
        String textAt(int n) {
            Heading h = at(n);
            return h == null ? "" : h.text();
        }
    }
}
