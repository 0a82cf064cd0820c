package io.specgraph.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The text of a document as rules read it: its lines (without line endings), its headings, and which lines sit
 * inside fenced code blocks or HTML comments. Line numbers are 1-based. Immutable.
 */
public final class Content {

    public static final Content EMPTY = new Content("", List.of(), List.of(), new BitSet());

    private final String path;
    private final List<String> lines;
    private final List<Heading> headings;
    private final BitSet verbatim;

    /**
     * @param path     the file, repo-relative
     * @param lines    the lines, without line endings
     * @param headings the headings outside code blocks, in order
     * @param verbatim bit {@code n-1} set when line {@code n} is in a code block or HTML comment
     */
    public Content(String path, List<String> lines, List<Heading> headings, BitSet verbatim) {
        this.path = Objects.requireNonNull(path, "path");
        this.lines = List.copyOf(lines);
        this.headings = List.copyOf(headings);
        this.verbatim = (BitSet) verbatim.clone();
    }

    public String path() {
        return path;
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code n} (1-based), or "" when out of range. */
    public String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    public List<String> lines() {
        return lines;
    }

    /** True when line {@code n} is inside a fenced code block (fences included) or an HTML comment. */
    public boolean isVerbatim(int n) {
        return n >= 1 && verbatim.get(n - 1);
    }

    public List<Heading> headings() {
        return headings;
    }

    /** The first heading matching {@code test}. */
    public Optional<Heading> heading(Predicate<Heading> test) {
        return headings.stream().filter(test).findFirst();
    }

    /** Every heading matching {@code test}. */
    public List<Heading> headings(Predicate<Heading> test) {
        return headings.stream().filter(test).toList();
    }

    /** The first level-1 heading's text. */
    public Optional<String> title() {
        return heading(h -> h.level() == 1).map(Heading::text);
    }

    /** The last line of {@code h}'s section: before the next heading of the same or a higher level, or the end. */
    public int sectionEnd(Heading h) {
        int idx = headings.indexOf(h);
        for (int i = idx + 1; i < headings.size(); i++) {
            if (headings.get(i).level() <= h.level()) {
                return headings.get(i).line() - 1;
            }
        }
        return lines.size();
    }

    /** The line before the first sub-heading of {@code h}, or its section end. */
    public int introEnd(Heading h) {
        int idx = headings.indexOf(h);
        int end = sectionEnd(h);
        if (idx >= 0 && idx + 1 < headings.size() && headings.get(idx + 1).line() <= end) {
            return headings.get(idx + 1).line() - 1;
        }
        return end;
    }

    /** The headings nested directly or deeper under {@code h}. */
    public List<Heading> subHeadings(Heading h) {
        int end = sectionEnd(h);
        List<Heading> out = new ArrayList<>();
        for (Heading other : headings) {
            if (other.line() > h.line() && other.line() <= end) {
                out.add(other);
            }
        }
        return out;
    }

    /** Line numbers {@code from..to} (inclusive) that are not in code blocks or comments. */
    public List<Integer> proseLines(int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int n = Math.max(1, from); n <= Math.min(to, lines.size()); n++) {
            if (!isVerbatim(n)) {
                out.add(n);
            }
        }
        return out;
    }

    /** The body of {@code h}'s section (after the heading line), prose lines only. */
    public List<Integer> sectionLines(Heading h) {
        return proseLines(h.line() + 1, sectionEnd(h));
    }

    /** Whether the section has any text besides blank lines, placeholders in brackets and comments. */
    public boolean hasText(int from, int to) {
        for (int n : proseLines(from, to)) {
            String l = line(n).trim();
            if (!l.isEmpty() && !(l.startsWith("[") && l.endsWith("]") && !l.contains("]("))) {
                return true;
            }
        }
        return false;
    }

    /** The whole text joined with {@code \n}. */
    public String text() {
        return String.join("\n", lines);
    }
}
