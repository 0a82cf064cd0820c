package io.specgraph.template;

import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.MetaScan;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Edits one metadata key of a document with the smallest text change (model.md §7): a value is replaced where it
 * was read, a list item is appended after the last one in the same style or removed with its line, and a missing
 * key is added as one line where the document keeps its metadata. Line endings, a BOM, quotes and every other
 * byte are kept.
 */
public final class MetaEditor {

    /** What to do with the key. */
    public enum Op { SET, ADD, REMOVE }

    private MetaEditor() {
    }

    /**
     * Applies {@code op} to {@code key} in {@code doc} (markdown, or YAML for sidecars and YAML documents).
     *
     * @param existing the value as the reader read it (with its span in {@code doc}), or null when the key is missing
     * @param value    the new value (SET, lists comma-separated) or the item (ADD, REMOVE)
     */
    public static Edit apply(Document doc, String repo, MetaValue existing, String key, Op op, String value) {
        String k = Keys.canonical(key);
        boolean inDoc = existing != null && existing.source() != MetaSource.DERIVED
                && existing.path().equals(doc.path()) && existing.span().end() <= doc.text().length();
        if (inDoc && !holds(doc, existing)) {
            throw new IllegalStateException(k + " at " + doc.path() + ":" + existing.line()
                    + " no longer holds the value that was read");
        }
        if (!inDoc) {
            if (op == Op.REMOVE) {
                return unchanged(doc, k + ": nothing to remove");
            }
            return MetaInserter.insert(doc, repo, k, value);
        }
        return switch (op) {
            case SET -> set(doc, existing, value);
            case ADD -> add(doc, existing, value);
            case REMOVE -> remove(doc, existing, value);
        };
    }

    /** True when the value's span still holds the value read (quotes, markup, an alias or a list aside). */
    static boolean holds(Document doc, MetaValue v) {
        String text = doc.textOf(v.span());
        if (text.startsWith("*") || !v.itemSpans().isEmpty() || ValueText.isFlow(text) || text.startsWith("|")
                || text.startsWith(">")) {
            return true;
        }
        String plain = MetaScan.plain(text);
        return plain.equals(v.value()) || plain.replace("\\\"", "\"").equals(v.value())
                || plain.replace("''", "'").equals(v.value()) || plain.strip().equals(v.value().strip());
    }

    private static boolean yaml(MetaValue v) {
        return v.source() == MetaSource.FRONT_MATTER || v.source() == MetaSource.SIDECAR
                || v.source() == MetaSource.YAML_DOCUMENT;
    }

    private static Edit set(Document doc, MetaValue v, String value) {
        List<String> newItems = ListValues.split(value);
        boolean list = Keys.isList(v.key());
        if (list ? newItems.equals(v.items()) : MetaText.plain(value).equals(v.value())) {
            return unchanged(doc, v.key() + " is already " + value);
        }
        String spanText = doc.textOf(v.span());
        if (isBlock(doc, v)) {
            return rewriteBlock(doc, v, newItems);
        }
        String replacement;
        if (yaml(v)) {
            if (ValueText.isFlow(spanText)) {
                replacement = ValueText.yamlFlow(newItems);
            } else if (list && newItems.size() != 1 && !spanText.isEmpty() && newItems.isEmpty()) {
                replacement = "[]";
            } else {
                replacement = ValueText.yamlScalar(list ? String.join(", ", newItems) : value.strip(),
                        quoteOf(spanText));
            }
            if (v.span().length() == 0) {
                replacement = " " + replacement;
            }
        } else if (ValueText.isFlow(spanText) && !v.items().isEmpty() && !newItems.isEmpty()) {
            replacement = "[" + String.join(", ", newItems) + "]";
        } else {
            String plainNew = list ? ValueText.commaList(newItems) : value.strip();
            replacement = MetaText.rewrap(spanText, plainNew);
            if (v.span().length() == 0 && v.span().offset() > 0 && doc.text().charAt(v.span().offset() - 1) == ':') {
                replacement = " " + replacement;
            }
        }
        Document after = doc.replace(v.span().offset(), v.span().length(), replacement);
        return new Edit(doc, after, v.key() + ": " + show(v.value()) + " → " + value.strip(), v.line());
    }

    private static Edit add(Document doc, MetaValue v, String item) {
        String it = item.strip();
        if (v.items().stream().anyMatch(i -> i.equalsIgnoreCase(it))) {
            return unchanged(doc, v.key() + " already holds " + it);
        }
        if (v.items().isEmpty()) {
            return set(doc, v, it);
        }
        String spanText = doc.textOf(v.span());
        String described = v.key() + ": += " + it;
        if (isBlock(doc, v)) {
            Span last = v.itemSpans().get(v.itemSpans().size() - 1);
            int lineStart = doc.lineStart(last.line());
            String prefix = doc.text().substring(lineStart, last.offset());
            String text = yaml(v) ? ValueText.yamlScalar(it, ' ') : it;
            Document after = insertLineAfter(doc, last.line(), prefix + text);
            return new Edit(doc, after, described, last.line() + 1);
        }
        if (ValueText.isFlow(spanText)) {
            int close = v.span().offset() + spanText.lastIndexOf(']');
            String text = yaml(v) ? ValueText.yamlScalar(it, ' ') : it;
            return new Edit(doc, doc.replace(close, 0, ", " + text), described, v.line());
        }
        char q = quoteOf(spanText);
        int end = v.span().end() - (q != ' ' ? 1 : 0);
        return new Edit(doc, doc.replace(end, 0, ", " + it), described, v.line());
    }

    private static Edit remove(Document doc, MetaValue v, String item) {
        String it = item.strip();
        int idx = -1;
        for (int i = 0; i < v.items().size(); i++) {
            if (v.items().get(i).equalsIgnoreCase(it)) {
                idx = i;
            }
        }
        if (idx < 0) {
            return unchanged(doc, v.key() + " does not hold " + it);
        }
        List<String> rest = new ArrayList<>(v.items());
        rest.remove(idx);
        String described = v.key() + ": -= " + it;
        if (isBlock(doc, v) && !rest.isEmpty()) {
            Span s = v.itemSpans().get(idx);
            int from = doc.lineStart(s.line());
            int to = doc.lineEndWithEol(s.line());
            return new Edit(doc, doc.replace(from, to - from, ""), described, s.line());
        }
        Edit e = set(doc, v, rest.isEmpty() ? "[]" : String.join(", ", rest));
        return new Edit(e.before(), e.after(), described, e.line());
    }

    /**
     * A list written one item per line (YAML block sequence, or indented bullets under a metadata bullet): every
     * item stands alone on its line after a bullet marker.
     */
    private static boolean isBlock(Document doc, MetaValue v) {
        if (v.itemSpans().isEmpty() || ValueText.isFlow(doc.textOf(v.span()))) {
            return false;
        }
        for (Span s : v.itemSpans()) {
            String before = doc.text().substring(doc.lineStart(s.line()), s.offset());
            if (!before.matches("\\s*[-*+]\\s+")) {
                return false;
            }
        }
        return true;
    }

    private static Edit rewriteBlock(Document doc, MetaValue v, List<String> items) {
        Span first = v.itemSpans().get(0);
        Span last = v.itemSpans().get(v.itemSpans().size() - 1);
        if (items.isEmpty()) {
            int keyLine = first.line() - 1;
            while (keyLine > 1 && !doc.line(keyLine).contains(v.rawKey() + ":")) {
                keyLine--;
            }
            int keyLineEnd = doc.lineEnd(keyLine);
            Document after = doc.replace(keyLineEnd, last.end() - keyLineEnd, " []");
            return new Edit(doc, after, v.key() + ": " + show(v.value()) + " → []", first.line() - 1);
        }
        String prefix = doc.text().substring(doc.lineStart(first.line()), first.offset());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(doc.eol()).append(prefix);
            }
            sb.append(yaml(v) ? ValueText.yamlScalar(items.get(i), ' ') : items.get(i));
        }
        Document after = doc.replace(first.offset(), last.end() - first.offset(), sb.toString());
        return new Edit(doc, after, v.key() + ": " + show(v.value()) + " → " + String.join(", ", items), first.line());
    }

    /** Inserts {@code text} as a new line after line {@code n}, with the document's line ending. */
    static Document insertLineAfter(Document doc, int n, String text) {
        int at = doc.lineEndWithEol(n);
        if (at > doc.lineEnd(n)) {
            return doc.replace(at, 0, text + doc.eol());
        }
        return doc.replace(at, 0, doc.eol() + text);
    }

    private static char quoteOf(String spanText) {
        if (spanText.length() >= 2) {
            char a = spanText.charAt(0);
            if ((a == '"' || a == '\'') && spanText.charAt(spanText.length() - 1) == a) {
                return a;
            }
        }
        return ' ';
    }

    static Edit unchanged(Document doc, String why) {
        return new Edit(doc, doc, why, 0);
    }

    private static String show(String v) {
        return v == null || v.isEmpty() ? "(empty)" : v;
    }

    /** The label a key gets when written as a bullet or bold label: {@code context_pack} → {@code Context Pack}. */
    static String label(String canonicalKey) {
        if (canonicalKey.equals(Keys.ID)) {
            return "ID";
        }
        StringBuilder sb = new StringBuilder();
        for (String w : canonicalKey.split("_")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(w.substring(0, 1).toUpperCase(Locale.ROOT))
                        .append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
