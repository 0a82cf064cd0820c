package io.specgraph.parse;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast line scanner for the structure rules need: front matter, ATX and setext headings, fenced code blocks and
 * HTML comments. Exact line numbers; never throws. (Rendering uses commonmark; this only outlines.)
 */
public final class MarkdownScan {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))??(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})(.*)$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s|$)");

    private MarkdownScan() {
    }

    /** The result: the content for rules, and the last line of front matter (0 when there is none). */
    public record Result(Content content, int frontMatterEnd) {
    }

    public static Result scan(Document doc) {
        int n = doc.lineCount();
        List<String> lines = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            lines.add(doc.line(i));
        }
        return scan(doc.path(), lines);
    }

    /** The lines of a non-markdown text file (YAML, JSON): no headings, nothing verbatim. */
    public static Content plain(Document doc) {
        List<String> lines = new ArrayList<>(doc.lineCount());
        for (int i = 1; i <= doc.lineCount(); i++) {
            lines.add(doc.line(i));
        }
        return new Content(doc.path(), lines, List.of(), new BitSet());
    }

    public static Result scan(String path, List<String> lines) {
        int n = lines.size();
        BitSet verbatim = new BitSet(n);
        List<Heading> headings = new ArrayList<>();
        int fmEnd = frontMatterEnd(lines);
        if (fmEnd > 0) {
            verbatim.set(0, fmEnd);
        }
        String fenceChar = null;
        int fenceLen = 0;
        boolean inComment = false;
        for (int i = fmEnd; i < n; i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (fenceChar != null) {
                verbatim.set(i);
                String t = line.strip();
                if (isClosingFence(t, fenceChar.charAt(0), fenceLen)) {
                    fenceChar = null;
                }
                continue;
            }
            if (inComment) {
                verbatim.set(i);
                if (line.contains("-->")) {
                    inComment = false;
                }
                continue;
            }
            char first = firstNonSpace(line);
            if (first == 0) {
                continue;
            }
            Matcher fm = first == '`' || first == '~' ? FENCE.matcher(line) : null;
            if (fm != null && fm.matches() && !(fm.group(2).charAt(0) == '`' && fm.group(3).contains("`"))) {
                fenceChar = fm.group(2).substring(0, 1);
                fenceLen = fm.group(2).length();
                verbatim.set(i);
                continue;
            }
            String trimmed = first == '<' ? line.stripLeading() : "";
            if (trimmed.startsWith("<!--")) {
                verbatim.set(i);
                inComment = !trimmed.substring(4).contains("-->");
                continue;
            }
            Matcher am = first == '#' ? ATX.matcher(line) : null;
            if (am != null && am.matches()) {
                String text = am.group(2) == null ? "" : am.group(2).strip();
                headings.add(new Heading(am.group(1).length(), text, lineNo, line.indexOf('#') + 1));
                continue;
            }
            if ((first == '=' || first == '-') && i > fmEnd && SETEXT.matcher(line).matches()
                    && isParagraphLine(lines, i - 1, verbatim, headings)) {
                String prev = lines.get(i - 1);
                int level = line.strip().charAt(0) == '=' ? 1 : 2;
                headings.add(new Heading(level, prev.strip(), lineNo - 1, prev.length() - prev.stripLeading().length() + 1));
            }
        }
        return new Result(new Content(path, lines, headings, verbatim), fmEnd);
    }

    /** The first character that is not a space or tab, or 0 for a blank line. */
    private static char firstNonSpace(String line) {
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c != ' ' && c != '\t') {
                return c;
            }
        }
        return 0;
    }

    private static boolean isClosingFence(String t, char ch, int minLen) {
        if (t.length() < minLen) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) != ch) {
                return false;
            }
        }
        return true;
    }

    private static boolean isParagraphLine(List<String> lines, int idx, BitSet verbatim, List<Heading> headings) {
        String prev = lines.get(idx);
        if (prev.isBlank() || verbatim.get(idx)) {
            return false;
        }
        if (!headings.isEmpty() && headings.get(headings.size() - 1).line() == idx + 1) {
            return false;
        }
        String t = prev.stripLeading();
        if (prev.length() - t.length() >= 4) {
            return false;
        }
        return !LIST_ITEM.matcher(prev).find() && !t.startsWith(">") && !t.startsWith("|") && !t.startsWith("<")
                && !SETEXT.matcher(prev).matches();
    }

    /** The number of lines taken by front matter ({@code ---} on the first line … {@code ---} or {@code ...}), or 0. */
    public static int frontMatterEnd(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).stripTrailing();
            if (t.equals("---") || t.equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }
}
