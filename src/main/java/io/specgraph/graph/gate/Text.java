package io.specgraph.graph.gate;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.TextMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The documented text conventions of the rules (gates.md §1): headings match case-insensitively, keywords as
 * whole words, bold or italic markup around a label is ignored, a "line" is a list item (with its continuation
 * lines) or a paragraph line. Code blocks and comments never count.
 */
public final class Text {

    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d{1,9}[.)])\\s+(.*)$");
    private static final Pattern VERSION = Pattern.compile("(?i)(?<![\\w.])v\\d+(?:\\.\\d+)*(?![\\w])|(?<![\\w.])\\d+\\.\\d+(?:\\.\\d+)*(?![\\w])");

    private Text() {
    }

    /** One line (or list item with its continuation lines) of prose. */
    public record Item(int line, int indent, String text) {
    }

    /** A heading name normalised for matching: lower case, markup and a trailing note removed, spaces collapsed. */
    public static String name(String heading) {
        String t = Heading.plain(heading).toLowerCase(Locale.ROOT);
        if (t.indexOf('/') >= 0) {
            t = SLASH.matcher(t).replaceAll(" / ");
        }
        if (t.indexOf("  ") >= 0 || t.indexOf('\t') >= 0) {
            t = SPACES.matcher(t).replaceAll(" ");
        }
        t = t.strip();
        return t.endsWith(":") || t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The first heading (level 2 or deeper) whose name is one of {@code names} (already normalised). */
    public static Optional<Heading> section(Content c, List<String> names) {
        return c.heading(h -> h.level() >= 2 && names.contains(name(h.text())));
    }

    /** Headings whose name contains {@code word} as a whole word. */
    public static List<Heading> sectionsMentioning(Content c, String word) {
        return c.headings(h -> TextMatch.containsWord(Heading.plain(h.text()), word));
    }

    /** The prose lines of a section, sub-sections included, markup stripped. */
    public static List<Item> lines(Content c, Heading h) {
        List<Item> out = new ArrayList<>();
        for (int n : c.sectionLines(h)) {
            String l = c.line(n);
            if (!l.isBlank() && !isHeading(l)) {
                out.add(new Item(n, indent(l), TextMatch.stripMarkup(l.strip())));
            }
        }
        return out;
    }

    /** Every prose line of the document (front matter, code blocks and comments excluded), markup stripped. */
    public static List<Item> allLines(Content c) {
        List<Item> out = new ArrayList<>();
        for (int n : c.proseLines(1, c.lineCount())) {
            String l = c.line(n);
            if (!l.isBlank()) {
                out.add(new Item(n, indent(l), TextMatch.stripMarkup(l.strip())));
            }
        }
        return out;
    }

    /**
     * The items of lines {@code from..to}: each list item joined with its continuation lines, each paragraph line
     * on its own; headings, blank lines, tables and verbatim lines skipped.
     */
    public static List<Item> items(Content c, int from, int to) {
        List<Item> out = new ArrayList<>();
        Item open = null;
        for (int n = Math.max(1, from); n <= Math.min(to, c.lineCount()); n++) {
            String l = c.line(n);
            if (c.isVerbatim(n) || l.isBlank() || isHeading(l) || l.strip().startsWith("|")) {
                open = flush(out, open);
                continue;
            }
            var m = LIST_ITEM.matcher(l);
            if (m.matches()) {
                open = flush(out, open);
                open = new Item(n, m.group(1).length(), TextMatch.stripMarkup(m.group(2).strip()));
            } else if (open != null && indent(l) > open.indent()) {
                open = new Item(open.line(), open.indent(), open.text() + " " + TextMatch.stripMarkup(l.strip()));
            } else {
                open = flush(out, open);
                out.add(new Item(n, indent(l), TextMatch.stripMarkup(l.strip())));
            }
        }
        flush(out, open);
        return out;
    }

    private static Item flush(List<Item> out, Item open) {
        if (open != null) {
            out.add(open);
        }
        return null;
    }

    /** True when {@code text} holds a version token ({@code v3}, {@code 1.2}). */
    public static boolean hasVersion(String text) {
        return VERSION.matcher(text).find();
    }

    public static boolean isHeading(String line) {
        return HEADING.matcher(line).matches();
    }

    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(\\s.*)?$");

    private static int indent(String l) {
        return l.length() - l.stripLeading().length();
    }

    /** Text without a leading {@code Label:} (markup ignored), or null when the line does not start with it. */
    public static String afterLabel(String text, String label) {
        String t = TextMatch.stripMarkup(text).strip();
        if (t.startsWith("- ") || t.startsWith("* ")) {
            t = t.substring(2).strip();
        }
        if (t.regionMatches(true, 0, label, 0, label.length())) {
            String rest = t.substring(label.length()).strip();
            if (rest.startsWith(":")) {
                return rest.substring(1).strip();
            }
        }
        return null;
    }
}
