package io.specgraph.template;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.parse.Document;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.MarkdownDoc;

import java.util.List;
import java.util.Optional;

/**
 * Adds a key a document does not have yet, as one line where the document keeps its metadata: front matter, the
 * {@code ## Metadata} section, the bold-label header, MADR 2 bullets, an ADR's {@code ## Status} section; a
 * document with none of these gets front matter.
 */
final class MetaInserter {

    private MetaInserter() {
    }

    static Edit insert(Document doc, String repo, String key, String value) {
        List<String> items = ListValues.split(value);
        String desc = key + ": added " + value.strip();
        if (FileIndex.isYaml(doc.path())) {
            return appendYaml(doc, key, value, items, desc);
        }
        MarkdownDoc md = MarkdownDoc.of(repo, doc);
        List<MetaValue> values = md.scan().values();
        if (md.scan().frontMatterEnd() > 0) {
            int closing = md.scan().frontMatterEnd();
            String line = key + ": " + yamlValue(key, value, items);
            return new Edit(doc, doc.replace(doc.lineStart(closing), 0, line + doc.eol()), desc, closing);
        }
        Optional<Heading> meta = md.scan().metadataHeading();
        if (meta.isPresent()) {
            return afterLast(doc, values, MetaSource.METADATA_SECTION, meta.get().line(), "- ", key, value, desc);
        }
        Optional<MetaValue> lastLabel = last(values, MetaSource.BOLD_LABEL);
        if (lastLabel.isPresent()) {
            return afterLabels(doc, lastLabel.get().line(), "**" + MetaEditor.label(key) + "**: "
                    + plainList(key, value, items), desc);
        }
        if (last(values, MetaSource.BULLET).isPresent()) {
            return afterLast(doc, values, MetaSource.BULLET, 0, "* ", key, value, desc);
        }
        Content c = md.content();
        Optional<Heading> status = c.heading(h -> h.level() == 2 && h.is("status"));
        if (key.equals(Keys.STATUS) && status.isPresent() && !c.hasText(status.get().line() + 1,
                c.sectionEnd(status.get()))) {
            int h = status.get().line();
            boolean blankAfter = h < doc.lineCount() && doc.line(h + 1).isBlank();
            Document after = blankAfter ? MetaEditor.insertLineAfter(doc, h + 1, value.strip())
                    : MetaEditor.insertLineAfter(MetaEditor.insertLineAfter(doc, h, ""), h + 1, value.strip());
            if (blankAfter && h + 2 < after.lineCount() && !after.line(h + 3).isBlank()) {
                after = MetaEditor.insertLineAfter(after, h + 2, "");
            }
            return new Edit(doc, after, desc, h + 2);
        }
        String fm = "---" + doc.eol() + key + ": " + yamlValue(key, value, items) + doc.eol() + "---" + doc.eol();
        return new Edit(doc, doc.replace(0, 0, fm), desc, 2);
    }

    /**
     * A new bold label after the last one. Labels separated by blank lines (spec-kit) keep that style with one
     * added line: the label goes after the blank line, right before the heading that follows (a heading ends a
     * paragraph). Only when no heading follows is a blank line added too.
     */
    private static Edit afterLabels(Document doc, int n, String text, String desc) {
        boolean spaced = n > 2 && doc.line(n - 1).isBlank() && labelLine(doc.line(n - 2));
        if (!spaced) {
            return new Edit(doc, MetaEditor.insertLineAfter(doc, n, text), desc, n + 1);
        }
        if (n + 2 <= doc.lineCount() && doc.line(n + 1).isBlank() && doc.line(n + 2).stripLeading().startsWith("#")) {
            return new Edit(doc, MetaEditor.insertLineAfter(doc, n + 1, text), desc, n + 2);
        }
        Document after = MetaEditor.insertLineAfter(MetaEditor.insertLineAfter(doc, n, ""), n + 1, text);
        return new Edit(doc, after, desc, n + 2);
    }

    private static Edit afterLast(Document doc, List<MetaValue> values, MetaSource source, int fallbackLine,
                                  String bullet, String key, String value, String desc) {
        Optional<MetaValue> last = last(values, source);
        int n = fallbackLine;
        String prefix = bullet;
        if (last.isPresent()) {
            MetaValue v = last.get();
            n = v.itemSpans().isEmpty() ? v.line() : v.itemSpans().get(v.itemSpans().size() - 1).line();
            String line = doc.line(v.line());
            String lead = line.substring(0, line.length() - line.stripLeading().length());
            String t = line.stripLeading();
            prefix = lead + t.charAt(0) + " " + (t.substring(1).stripLeading().startsWith("**") ? "**" : "");
        }
        boolean bold = prefix.endsWith("**");
        String text = prefix + MetaEditor.label(key) + (bold ? "**: " : ": ")
                + plainList(key, value, ListValues.split(value));
        if (!last.isPresent() && n < doc.lineCount() && doc.line(n + 1).isBlank()) {
            n = n + 1;
        }
        return new Edit(doc, MetaEditor.insertLineAfter(doc, n, text), desc, n + 1);
    }

    private static Edit appendYaml(Document doc, String key, String value, List<String> items, String desc) {
        String first = "";
        for (int n = 1; n <= doc.lineCount() && first.isEmpty(); n++) {
            String l = doc.line(n).strip();
            first = l.startsWith("#") || l.equals("---") ? "" : l;
        }
        if (first.startsWith("{") || first.startsWith("[") || first.startsWith("- ")) {
            throw new IllegalStateException(doc.path() + " is not a YAML mapping written key by key; add " + key
                    + " by hand");
        }
        String line = key + ": " + yamlValue(key, value, items);
        int n = doc.lineCount();
        if (doc.text().isEmpty()) {
            return new Edit(doc, doc.replace(0, 0, line + doc.eol()), desc, 1);
        }
        while (n > 1 && (doc.line(n).isBlank() || doc.line(n).strip().equals("..."))) {
            n--;
        }
        return new Edit(doc, MetaEditor.insertLineAfter(doc, n, line), desc, n + 1);
    }

    private static Optional<MetaValue> last(List<MetaValue> values, MetaSource source) {
        MetaValue found = null;
        for (MetaValue v : values) {
            if (v.source() == source && (found == null || v.line() > found.line())) {
                found = v;
            }
        }
        return Optional.ofNullable(found);
    }

    private static boolean labelLine(String line) {
        String t = line.stripLeading();
        return (t.startsWith("**") || t.startsWith("__")) && t.contains(":");
    }

    private static String yamlValue(String key, String value, List<String> items) {
        if (Keys.isList(key)) {
            return ValueText.yamlFlow(items);
        }
        return ValueText.yamlScalar(value.strip(), ' ');
    }

    private static String plainList(String key, String value, List<String> items) {
        return Keys.isList(key) ? ValueText.commaList(items) : value.strip();
    }
}
