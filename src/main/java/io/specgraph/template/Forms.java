package io.specgraph.template;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.MarkdownDoc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a template (or any document made from one) into a {@link FormDefinition}: its metadata fields with their
 * types (docs/model.md §3 keys), its first-level heading, and its sections with guidance and required marks. Reading
 * never changes the text: rendering the form with its own values gives back the same bytes.
 */
public final class Forms {

    private static final Pattern SOURCE = Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)?Source(?:\\*\\*|__)?\\s*:(?:\\*\\*|__)?[ \\t]*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s*<!--.*?-->\\s*$");

    private Forms() {
    }

    /** The form of a template, without workspace knowledge (a status is free text). */
    public static FormDefinition of(Template template) {
        return of(template, FormContext.NONE);
    }

    /** The form of a template with the workspace's lifecycle states and policy. */
    public static FormDefinition of(Template template, FormContext ctx) {
        NodeKind kind = template.kind().nodeKind().orElse(null);
        return of(template.document(), template.kind(), kind, ctx);
    }

    /**
     * The form of {@code doc}, a document of template kind {@code template} that reads as {@code kind} (null for
     * parts of a node: tasks, delta specs, design documents, fan-out tasks).
     */
    public static FormDefinition of(Document doc, TemplateKind template, NodeKind kind, FormContext ctx) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(ctx, "ctx");
        if (template == TemplateKind.FAN_OUT_TASK) {
            return FanOutForm.read(doc, kind, ctx);
        }
        MarkdownDoc md = MarkdownDoc.of("", doc);
        Content c = md.content();
        List<Field> fields = new ArrayList<>();
        heading(doc, c).ifPresent(fields::add);
        Map<String, MetaValue> first = new LinkedHashMap<>();
        for (MetaValue v : md.scan().values()) {
            if (v.source() != MetaSource.DERIVED) {
                first.putIfAbsent(v.key(), v);
            }
        }
        if (!first.containsKey(Keys.STATUS) && template == TemplateKind.ADR_NYGARD || kind == NodeKind.ADR
                && !first.containsKey(Keys.STATUS)) {
            statusSection(doc, c).ifPresent(v -> first.put(Keys.STATUS, v));
        }
        first.values().forEach(v -> fields.add(field(doc, v, kind, ctx)));
        boolean hasMetadata = md.scan().metadataHeading().isPresent();
        List<Section> sections = new ArrayList<>();
        for (Heading h : c.headings()) {
            if (h.level() >= 2 && !(h.is("metadata") && md.scan().metadataHeading().map(m -> m.line() == h.line())
                    .orElse(false))) {
                sections.add(section(doc, c, h, template, kind, hasMetadata, ctx));
            }
        }
        return new FormDefinition(template, kind, doc, fields, sections);
    }

    /** The first-level heading as field {@code heading}. */
    private static java.util.Optional<Field> heading(Document doc, Content c) {
        return c.heading(h -> h.level() == 1).map(h -> {
            String line = doc.line(h.line());
            int from = 0;
            int to = line.length();
            String t = line.stripLeading();
            if (t.startsWith("#")) {
                from = line.length() - t.length();
                while (from < to && line.charAt(from) == '#') {
                    from++;
                }
                while (to > from && (line.charAt(to - 1) == '#' || Character.isWhitespace(line.charAt(to - 1)))) {
                    to--;
                }
                if (to == from) {
                    to = line.length();
                }
            }
            while (from < to && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                to--;
            }
            Span span = doc.spanInLine(h.line(), from, to);
            String value = doc.textOf(span);
            boolean ph = Placeholders.is(value) || value.matches(".*\\[[^\\]]+].*");
            return new Field("heading", "Title", FieldType.TEXT, value, List.of(), ph ? value : "", ph, List.of(),
                    List.of(), false, Necessity.EXPECTED, "", MetaSource.DERIVED, span, Span.NONE);
        });
    }

    /** An ADR's {@code ## Status} section's first text line, as the status value. */
    private static java.util.Optional<MetaValue> statusSection(Document doc, Content c) {
        return c.heading(h -> h.level() == 2 && h.is("status")).flatMap(h -> {
            int end = c.sectionEnd(h);
            for (int n = h.line() + 1; n <= end; n++) {
                String line = doc.line(n);
                if (!line.isBlank() && !c.isVerbatim(n)) {
                    int lead = line.length() - line.stripLeading().length();
                    Span span = doc.spanInLine(n, lead, line.stripTrailing().length());
                    String v = doc.textOf(span);
                    return java.util.Optional.of(new MetaValue(Keys.STATUS, "Status", v, List.of(v),
                            MetaSource.STATUS_SECTION, doc.path(), span, List.of()));
                }
            }
            return java.util.Optional.empty();
        });
    }

    static Field field(Document doc, MetaValue v, NodeKind kind, FormContext ctx) {
        FieldTypes.Shape shape = FieldTypes.of(v.key(), kind, ctx);
        String written = v.span().isKnown() || v.span().length() == 0 ? doc.textOf(v.span()) : v.value();
        boolean placeholder = Placeholders.is(v.value()) || Placeholders.is(written);
        Span comment = Span.NONE;
        String guidance = "";
        if (v.span().line() > 0) {
            int lineEnd = doc.lineEnd(doc.lineOf(v.span().end()));
            String rest = doc.text().substring(v.span().end(), Math.max(v.span().end(), lineEnd));
            Matcher m = COMMENT.matcher(rest);
            if (m.find() && TRAILING_COMMENT.matcher(rest).find()) {
                comment = doc.span(v.span().end() + m.start(), m.end() - m.start());
                guidance = Placeholders.commentText(m.group());
            }
        }
        if (placeholder && guidance.isEmpty()) {
            guidance = Placeholders.guidance(Placeholders.is(v.value()) ? v.value() : written);
        }
        String rule = FieldTypes.requiredBy(v.key(), kind);
        List<String> items = placeholder ? List.of() : v.items();
        return new Field(v.key(), v.rawKey(), shape.type(), v.value(), items, guidance, placeholder, shape.options(),
                shape.targets(), shape.versioned(), rule.isEmpty() ? Necessity.EXPECTED : Necessity.REQUIRED, rule,
                v.source(), v.span(), comment);
    }

    private static Section section(Document doc, Content c, Heading h, TemplateKind template, NodeKind kind,
                                   boolean hasMetadata, FormContext ctx) {
        int next = c.headings().stream().filter(o -> o.line() > h.line()).mapToInt(Heading::line).min()
                .orElse(c.lineCount() + 1);
        int bodyStart = h.line() + 1 <= doc.lineCount() ? doc.lineStart(h.line() + 1) : doc.text().length();
        int bodyEnd = next <= doc.lineCount() ? doc.lineStart(next) : doc.text().length();
        if (h.line() + 1 > doc.lineCount()) {
            bodyStart = bodyEnd = doc.text().length();
        }
        Span body = doc.span(bodyStart, Math.max(0, bodyEnd - bodyStart));
        String bodyText = doc.text().substring(bodyStart, Math.max(bodyStart, bodyEnd));
        List<String> guidance = new ArrayList<>();
        Matcher cm = COMMENT.matcher(bodyText);
        while (cm.find()) {
            guidance.add(Placeholders.commentText(cm.group()));
        }
        String source = "";
        Span sourceSpan = Span.NONE;
        for (int n = h.line() + 1; n < next && n <= doc.lineCount(); n++) {
            String line = doc.line(n);
            if (c.isVerbatim(n)) {
                continue;
            }
            String t = line.strip();
            if (Placeholders.is(t)) {
                guidance.add(Placeholders.guidance(t));
            }
            Matcher sm = SOURCE.matcher(line);
            if (sourceSpan == Span.NONE && sm.matches()) {
                String v = sm.group(1);
                Matcher tc = TRAILING_COMMENT.matcher(v);
                int end = tc.find() ? sm.start(1) + tc.start() : sm.end(1);
                sourceSpan = doc.spanInLine(n, sm.start(1), Math.max(sm.start(1), end));
                source = doc.textOf(sourceSpan);
                if (Placeholders.is(source)) {
                    guidance.add(0, "Source: " + Placeholders.guidance(source));
                }
            }
        }
        String g = String.join("\n", guidance);
        SectionRules.Verdict verdict = SectionRules.of(template, kind, h, g, ctx);
        return new Section(h.text(), h.level(), h.line(), g, verdict.necessity(), verdict.rule(),
                SectionRules.sourced(kind, hasMetadata, h), source, sourceSpan, body);
    }

    /**
     * A new document from a template's form: {@code values} written in, placeholders of fields not given cleared
     * (lists to {@code []}), the guidance comments of filled fields dropped.
     */
    public static Document fill(FormDefinition form, Map<String, String> values) {
        return TemplateFill.apply(form, values, Map.of(), true);
    }

    /** True when {@code value} is an empty list or nothing. */
    static boolean emptyList(String value) {
        return ListValues.isEmptyMarker(value);
    }
}
