package io.specgraph.parse.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.SpecKitItem;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a constitution rule checks: template placeholders left in the text ({@code [PRINCIPLE_1_NAME]},
 * {@code [ALL_CAPS_IDENTIFIER]} with at least one {@code _}, outside code, comments and inline code, not link
 * text), deferred values ({@code TODO(RATIFICATION_DATE): …}) and the HTML comments that hold a sync impact
 * report (formats.md §1.6).
 */
public final class ConstitutionParts {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\\](?![(\\[:])");
    private static final Pattern DEFERRED = Pattern.compile("\\bTODO\\(([A-Z][A-Z0-9_]*)\\)");
    private static final Pattern VERSION_CHANGE = Pattern.compile("(?i)^\\W*version\\s+change\\b.*");

    private ConstitutionParts() {
    }

    /** Placeholders and deferred values, in document order. */
    public static List<SpecKitItem> placeholders(Content content) {
        List<SpecKitItem> out = new ArrayList<>();
        SpecText.Sections sections = new SpecText.Sections(content);
        for (int n : content.proseLines(1, content.lineCount())) {
            String line = content.line(n);
            if (line.indexOf('[') < 0 && !line.contains("TODO(")) {
                continue;
            }
            BitSet code = SpecText.inlineCode(line);
            Matcher m = PLACEHOLDER.matcher(line);
            List<SpecKitItem> found = new ArrayList<>();
            while (m.find()) {
                if (!code.get(m.start())) {
                    found.add(new SpecKitItem(SpecKitItem.Type.PLACEHOLDER, content.path(), n, m.start() + 1,
                            m.group(1), m.group(), sections.textAt(n)));
                }
            }
            Matcher d = DEFERRED.matcher(line);
            while (d.find()) {
                if (!code.get(d.start())) {
                    found.add(new SpecKitItem(SpecKitItem.Type.DEFERRED, content.path(), n, d.start() + 1, d.group(1),
                            line.substring(d.start()).strip(), sections.textAt(n)));
                }
            }
            found.sort((a, b) -> Integer.compare(a.column(), b.column()));
            out.addAll(found);
        }
        return out;
    }

    /**
     * One item per HTML comment that holds a sync impact report (the words "sync impact report", any case), at
     * the comment's first line; the text is its "Version change" line, else its first line of text.
     */
    public static List<SpecKitItem> syncReports(Content content) {
        List<SpecKitItem> out = new ArrayList<>();
        int n = 1;
        while (n <= content.lineCount()) {
            String line = content.line(n);
            int open = line.indexOf("<!--");
            if (!content.isVerbatim(n) || open < 0 || !line.substring(0, open).isBlank()) {
                n++;
                continue;
            }
            int start = n;
            List<String> body = new ArrayList<>();
            String rest = line.substring(open + 4);
            while (true) {
                int close = rest.indexOf("-->");
                body.add(close >= 0 ? rest.substring(0, close) : rest);
                if (close >= 0 || n >= content.lineCount()) {
                    break;
                }
                n++;
                rest = content.line(n);
            }
            n++;
            String all = String.join("\n", body).toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
            if (all.contains("sync impact report")) {
                out.add(new SpecKitItem(SpecKitItem.Type.SYNC_REPORT, content.path(), start, open + 1, null,
                        summary(body), ""));
            }
        }
        return out;
    }

    private static String summary(List<String> body) {
        String first = null;
        for (String l : body) {
            String t = l.strip();
            if (VERSION_CHANGE.matcher(t).matches()) {
                return t.replaceFirst("^[-*+]\\s+", "");
            }
            if (first == null && !t.isEmpty() && !t.chars().allMatch(ch -> ch == '=' || ch == '-')) {
                first = t;
            }
        }
        return first == null ? "" : first;
    }
}
