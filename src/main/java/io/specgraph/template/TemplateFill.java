package io.specgraph.template;

import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes values into a form's document: each field's value replaces the text it was read from, in the style it
 * was written (YAML flow list, quoted scalar, comma list, one item per line); each section body replaces the text
 * under its heading. A value equal to the one read is not written, so nothing changes without an edit.
 */
final class TemplateFill {

    /** One replacement of the document's text. */
    private record Edit(int offset, int length, String text) {
        int end() {
            return offset + length;
        }
    }

    private TemplateFill() {
    }

    /**
     * @param newDocument also clear the placeholders of fields not given, and drop the guidance comments of fields
     *                    that are filled (for a new document made from a template); in any document, the comment of
     *                    a field that was empty is its guidance and goes when the field is filled
     */
    static Document apply(FormDefinition form, Map<String, String> values, Map<String, String> sectionBodies,
                          boolean newDocument) {
        Document doc = form.document();
        Map<String, String> byKey = new HashMap<>();
        values.forEach((k, v) -> byKey.put(k.equals("heading") || k.equals("task") ? k : Keys.canonical(k), v));
        List<Edit> edits = new ArrayList<>();
        for (Section s : form.sections()) {
            String body = sectionBodies.get(s.title());
            if (body == null) {
                body = sectionBodies.entrySet().stream()
                        .filter(e -> io.specgraph.model.Heading.plain(e.getKey())
                                .equalsIgnoreCase(io.specgraph.model.Heading.plain(s.title())))
                        .map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (body != null) {
                edits.add(new Edit(s.body().offset(), s.body().length(), bodyText(doc, s, body)));
            }
        }
        for (Field f : form.fields()) {
            if (f.span().line() == 0 && f.span().length() == 0 && f.source() != MetaSource.DERIVED) {
                continue;
            }
            String v = byKey.get(f.key());
            if (v != null) {
                if (v.strip().equals(f.value().strip())) {
                    continue;
                }
                edits.add(valueEdit(doc, f, v.strip()));
                if ((newDocument || f.isEmpty()) && f.comment().length() > 0) {
                    edits.add(commentEdit(doc, f.comment()));
                }
            } else if (newDocument && f.placeholder()) {
                edits.add(valueEdit(doc, f, f.type().isList() ? "[]" : ""));
            }
        }
        return applyAll(doc, edits);
    }

    private static Document applyAll(Document doc, List<Edit> edits) {
        edits.sort(Comparator.comparingInt(Edit::offset).thenComparingInt(Edit::length).reversed());
        Document out = doc;
        int floor = Integer.MAX_VALUE;
        for (Edit e : edits) {
            if (e.end() > floor) {
                continue; // inside a replaced section body: the body wins
            }
            out = out.replace(e.offset(), e.length(), e.text());
            floor = e.offset();
        }
        return out;
    }

    private static String bodyText(Document doc, Section s, String body) {
        String eol = doc.eol();
        String text = body.replace("\r\n", "\n").replace("\r", "\n");
        if (!text.isEmpty() && !text.endsWith("\n") && s.body().end() < doc.text().length()) {
            text = text + "\n";
        }
        return eol.equals("\n") ? text : text.replace("\n", eol);
    }

    private static Edit commentEdit(Document doc, Span comment) {
        int from = comment.offset();
        String text = doc.text();
        while (from > 0 && (text.charAt(from - 1) == ' ' || text.charAt(from - 1) == '\t')) {
            from--;
        }
        return new Edit(from, comment.end() - from, "");
    }

    private static Edit valueEdit(Document doc, Field f, String value) {
        Span span = f.span();
        String written = doc.textOf(span);
        String text = format(doc, f, written, value);
        if (span.length() == 0 && !text.isEmpty()) {
            int at = span.offset();
            String all = doc.text();
            if (at > 0 && all.charAt(at - 1) == ':') {
                text = " " + text;
            }
            if (at < all.length() && !Character.isWhitespace(all.charAt(at))) {
                text = text + " ";
            }
        }
        return new Edit(span.offset(), span.length(), text);
    }

    /** {@code value} in the style of the text it replaces. */
    static String format(Document doc, Field f, String written, String value) {
        List<String> items = ListValues.split(value);
        if (f.type().isList() && written.contains("\n")) {
            return block(doc, f, items);
        }
        String wrap = wrapper(written);
        if (!wrap.isEmpty() && !(written.startsWith("[") && f.type().isList())) {
            return wrap + value + closing(wrap);
        }
        if (f.source() == MetaSource.FRONT_MATTER) {
            if (f.type().isList()) {
                return "[" + String.join(", ", items.stream().map(TemplateFill::yamlScalar).toList()) + "]";
            }
            return yamlScalar(value);
        }
        if (f.type().isList() && items.isEmpty()) {
            return written.isEmpty() || f.placeholder() ? "[]" : written.startsWith("[") ? "[]" : value;
        }
        if (f.type().isList() && written.startsWith("[") && written.endsWith("]") && !f.placeholder()) {
            return "[" + String.join(", ", items) + "]";
        }
        return value;
    }

    /** Items one per line, with the first item line's prefix ({@code "  - "}). */
    private static String block(Document doc, Field f, List<String> items) {
        int line = f.span().line();
        String prefix = doc.text().substring(doc.lineStart(line), f.span().offset());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(doc.eol()).append(prefix);
            }
            sb.append(items.get(i));
        }
        return items.isEmpty() ? "[]" : sb.toString();
    }

    private static String wrapper(String written) {
        for (String w : List.of("**", "\"", "'", "`")) {
            if (written.length() >= 2 * w.length() && written.startsWith(w) && written.endsWith(w)) {
                return w;
            }
        }
        return "";
    }

    private static String closing(String wrap) {
        return wrap;
    }

    /** A YAML scalar: plain when it reads back as the same string, else double-quoted. */
    static String yamlScalar(String v) {
        if (v.isEmpty()) {
            return v;
        }
        boolean plain = !v.contains(": ") && !v.contains(" #") && !v.endsWith(":") && "[]{}&*!|>'\"%@`#,?-:"
                .indexOf(v.charAt(0)) < 0 && !v.equals("~") && v.strip().equals(v);
        if (plain) {
            return v;
        }
        return "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
