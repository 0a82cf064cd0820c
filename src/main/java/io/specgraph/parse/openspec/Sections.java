package io.specgraph.parse.openspec;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * OpenSpec's markdown section tree ({@code MarkdownParser.parseSections}): every line matching
 * {@code ^(#{1,6})\s+(.+)$} outside a code fence is a heading; a heading's content runs to the next heading of
 * the same or a higher level (any {@code ^#{1,6}\s} line counts there, even one without a title); headings nest by
 * level. No setext headings, no HTML comments: a heading inside {@code <!-- -->} is a heading.
 */
public final class Sections {

    private static final Pattern HEADER = JsText.js("^(#{1,6})\\s+(.+)$");
    private static final Pattern HEADER_START = JsText.js("^(#{1,6})\\s+");

    private Sections() {
    }

    /**
     * One heading and what is under it.
     *
     * @param level    1–6
     * @param title    the text after the {@code #}s, trimmed
     * @param line     1-based line of the heading
     * @param content  the lines up to the next heading of the same or a higher level, joined and trimmed
     * @param children the headings nested under it
     */
    public record Section(int level, String title, int line, String content, List<Section> children) {
        public Section {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(content, "content");
        }
    }

    /** The section tree of {@code lines} (already normalised, 0-based list; line numbers reported 1-based). */
    public static List<Section> parse(List<String> lines, BitSet fenced) {
        List<Builder> roots = new ArrayList<>();
        List<Builder> stack = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (fenced.get(i)) {
                continue;
            }
            Matcher m = HEADER.matcher(lines.get(i));
            if (!m.find()) {
                continue;
            }
            int level = m.group(1).length();
            Builder b = new Builder(level, JsText.trim(m.group(2)), i + 1, content(lines, fenced, i + 1, level));
            while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty()) {
                roots.add(b);
            } else {
                stack.get(stack.size() - 1).children.add(b);
            }
            stack.add(b);
        }
        return roots.stream().map(Builder::build).toList();
    }

    /** The first section titled {@code title} (case-insensitive), depth first in document order. */
    public static Section find(List<Section> sections, String title) {
        String want = JsText.lower(title);
        for (Section s : sections) {
            if (JsText.lower(s.title()).equals(want)) {
                return s;
            }
            Section child = find(s.children(), title);
            if (child != null) {
                return child;
            }
        }
        return null;
    }

    /** The first level-1 section in document order, or null. */
    public static Section firstOfLevel(List<Section> sections, int level) {
        Section best = null;
        for (Section s : sections) {
            Section hit = s.level() == level ? s : firstOfLevel(s.children(), level);
            if (hit != null && (best == null || hit.line() < best.line())) {
                best = hit;
            }
        }
        return best;
    }

    private static String content(List<String> lines, BitSet fenced, int start, int level) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int i = start; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!fenced.get(i)) {
                Matcher m = HEADER_START.matcher(line);
                if (m.find() && m.group(1).length() <= level) {
                    break;
                }
            }
            if (!first) {
                sb.append('\n');
            }
            sb.append(line);
            first = false;
        }
        return JsText.trim(sb.toString());
    }

    private static final class Builder {
        private final int level;
        private final String title;
        private final int line;
        private final String content;
        private final List<Builder> children = new ArrayList<>();

        Builder(int level, String title, int line, String content) {
            this.level = level;
            this.title = title;
            this.line = line;
            this.content = content;
        }

        Section build() {
            return new Section(level, title, line, content, children.stream().map(Builder::build).toList());
        }
    }
}
