package io.specgraph.parse.adr;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.parse.MetaScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ADR's {@code ## Status} section (Nygard, adr-tools): the status is the first line with text, skipping blank
 * lines (also ones holding only spaces), the template's instruction blockquote ({@code > …}), HTML comments, code
 * blocks, sub-headings and {@code Date:} / {@code Deciders:} lines. A list marker and a {@code Status:} label in
 * front of it are not part of the value; the rest of the line is kept exactly as written
 * ({@code ✅ Accepted}, {@code Accepted ([#1484])}), without a trailing HTML comment.
 */
public final class AdrStatus {

    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d{1,3}[.)])\\s+");
    private static final Pattern STATUS_LABEL = Pattern.compile(
            "^(?:\\*\\*|__)?status(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OTHER_LABEL = Pattern.compile(
            "^(?:\\*\\*|__)?(?:date|deciders|decision[- ]makers|authors?|technical story|consulted|informed)"
                    + "(?:\\*\\*|__)?\\s*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*<!--.*?-->\\s*$");

    private AdrStatus() {
    }

    /**
     * The status section.
     *
     * @param heading the {@code Status} heading
     * @param value   its status line as a {@link MetaSource#STATUS_SECTION} value, or null when it has none
     * @param lines   the section's text lines (not comments, code or blockquotes), status line included
     */
    public record Section(Heading heading, MetaValue value, List<Integer> lines) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** The first heading (below the title) named {@code Status}, with its status line. */
    public static Optional<Section> read(MarkdownDoc md) {
        Content content = md.content();
        Optional<Heading> heading = content.heading(h -> AdrShape.name(h).equals("status")
                && (h.level() >= 2 || !content.headings().get(0).equals(h)));
        if (heading.isEmpty()) {
            return Optional.empty();
        }
        Heading h = heading.get();
        Document doc = md.doc();
        List<Integer> headingLines = content.subHeadings(h).stream().map(Heading::line).toList();
        MetaValue value = null;
        List<Integer> lines = new ArrayList<>();
        for (int n : content.sectionLines(h)) {
            String line = doc.line(n);
            String t = line.strip();
            if (t.isEmpty() || t.startsWith(">") || headingLines.contains(n) || isSetextUnderline(t)) {
                continue;
            }
            lines.add(n);
            if (value == null && !OTHER_LABEL.matcher(t).find()) {
                value = valueOf(doc, n, h);
            }
        }
        return Optional.of(new Section(h, value, lines));
    }

    private static boolean isSetextUnderline(String t) {
        return t.chars().allMatch(c -> c == '=') || t.chars().allMatch(c -> c == '-') && t.length() >= 3;
    }

    /** The status on line {@code n}, or null when nothing is left after the list marker and label. */
    private static MetaValue valueOf(Document doc, int n, Heading h) {
        String line = doc.line(n);
        int from = 0;
        Matcher lm = LIST_MARKER.matcher(line);
        if (lm.find()) {
            from = lm.end();
        } else {
            from = line.length() - line.stripLeading().length();
        }
        Matcher sm = STATUS_LABEL.matcher(line.substring(from));
        if (sm.find()) {
            from += sm.end();
        }
        int to = line.length();
        Matcher cm = TRAILING_COMMENT.matcher(line.substring(from));
        if (cm.find()) {
            to = from + cm.start();
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        if (to <= from) {
            return null;
        }
        Span span = doc.spanInLine(n, from, to);
        String value = MetaScan.plain(doc.textOf(span));
        return new MetaValue(Keys.STATUS, h.text(), value, ListValues.split(value), MetaSource.STATUS_SECTION,
                doc.path(), span, List.of());
    }
}
