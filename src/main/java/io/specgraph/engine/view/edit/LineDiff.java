package io.specgraph.engine.view.edit;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified line diff of two texts (for "show the diff" when a file changed on disk while edited): common lines
 * at both ends are skipped, the middle is matched by longest common subsequence, hunks keep three lines of context.
 */
public final class LineDiff {

    private static final int CONTEXT = 3;
    private static final int MAX_CELLS = 4_000_000;

    private LineDiff() {
    }

    /** The diff from {@code a} (labelled {@code aName}) to {@code b}; empty when the texts are equal. */
    public static String unified(String aName, String a, String bName, String b) {
        if (a.equals(b)) {
            return "";
        }
        String[] x = a.split("\n", -1);
        String[] y = b.split("\n", -1);
        List<String> ops = ops(x, y);
        StringBuilder sb = new StringBuilder("--- ").append(aName).append('\n').append("+++ ").append(bName)
                .append('\n');
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).charAt(0) == ' ') {
                i++;
                continue;
            }
            int from = Math.max(0, i - CONTEXT);
            int to = i;
            int quiet = 0;
            while (to < ops.size() && quiet <= 2 * CONTEXT) {
                quiet = ops.get(to).charAt(0) == ' ' ? quiet + 1 : 0;
                to++;
            }
            to = Math.min(ops.size(), to - Math.max(0, quiet - CONTEXT));
            int aLine = 1;
            int bLine = 1;
            for (int k = 0; k < from; k++) {
                aLine += ops.get(k).charAt(0) != '+' ? 1 : 0;
                bLine += ops.get(k).charAt(0) != '-' ? 1 : 0;
            }
            int aCount = 0;
            int bCount = 0;
            for (int k = from; k < to; k++) {
                aCount += ops.get(k).charAt(0) != '+' ? 1 : 0;
                bCount += ops.get(k).charAt(0) != '-' ? 1 : 0;
            }
            sb.append("@@ -").append(aLine).append(',').append(aCount).append(" +").append(bLine).append(',')
                    .append(bCount).append(" @@\n");
            for (int k = from; k < to; k++) {
                sb.append(ops.get(k)).append('\n');
            }
            i = to;
        }
        return sb.toString();
    }

    /** One entry per line: {@code " line"}, {@code "-line"} or {@code "+line"}. */
    static List<String> ops(String[] x, String[] y) {
        int p = 0;
        while (p < x.length && p < y.length && x[p].equals(y[p])) {
            p++;
        }
        int s = 0;
        while (s < x.length - p && s < y.length - p && x[x.length - 1 - s].equals(y[y.length - 1 - s])) {
            s++;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < p; i++) {
            out.add(" " + x[i]);
        }
        int n = x.length - p - s;
        int m = y.length - p - s;
        if ((long) n * m > MAX_CELLS) {
            for (int i = 0; i < n; i++) {
                out.add("-" + x[p + i]);
            }
            for (int j = 0; j < m; j++) {
                out.add("+" + y[p + j]);
            }
        } else {
            int[][] lcs = new int[n + 1][m + 1];
            for (int i = n - 1; i >= 0; i--) {
                for (int j = m - 1; j >= 0; j--) {
                    lcs[i][j] = x[p + i].equals(y[p + j]) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            int i = 0;
            int j = 0;
            while (i < n || j < m) {
                if (i < n && j < m && x[p + i].equals(y[p + j])) {
                    out.add(" " + x[p + i++]);
                    j++;
                } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                    out.add("-" + x[p + i++]);
                } else {
                    out.add("+" + y[p + j++]);
                }
            }
        }
        for (int i = x.length - s; i < x.length; i++) {
            out.add(" " + x[i]);
        }
        return out;
    }
}
