package io.specgraph.engine.view.edit;

import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.NodeKind;
import io.specgraph.parse.Document;
import io.specgraph.template.Field;
import io.specgraph.template.FormContext;
import io.specgraph.template.FormDefinition;
import io.specgraph.template.Forms;
import io.specgraph.template.Section;
import io.specgraph.template.TemplateKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The editor's form over the buffer's text (with {@code \n} line endings, as the raw view holds it): the fields and
 * sections of {@link Forms#of}, what each control shows, and writing edited values back as minimal edits — a field
 * through {@link FormDefinition#render}, a section body (picked by its index, so equal titles stay apart) by
 * replacing exactly the text under its heading. Everything the form does not model stays as written. Immutable.
 */
public final class FormText {

    /** Where a line of the document is edited in the form: a field (by key) or a section (by index). */
    public record Target(String field, int section) {
    }

    private final FormDefinition form;
    private final TemplateKind kind;
    private final NodeKind nodeKind;
    private final FormContext context;

    private FormText(FormDefinition form, NodeKind nodeKind, FormContext context) {
        this.form = form;
        this.kind = form.kind();
        this.nodeKind = nodeKind;
        this.context = context;
    }

    /** The form of {@code text} as a document of {@code kind} read as {@code nodeKind}. */
    public static FormText read(String path, String text, TemplateKind kind, NodeKind nodeKind, FormContext ctx) {
        return new FormText(Forms.of(Document.ofText(path, text), kind, nodeKind, ctx), nodeKind, ctx);
    }

    public FormDefinition form() {
        return form;
    }

    /** The text the form was read from. */
    public String text() {
        return form.document().text();
    }

    public List<Field> fields() {
        return form.fields();
    }

    public List<Section> sections() {
        return form.sections();
    }

    /** What a field's control shows: nothing for a placeholder, list items joined by {@code ", "}, else the value. */
    public static String display(Field f) {
        if (f.placeholder()) {
            return "";
        }
        return f.type().isList() ? String.join(", ", f.items()) : f.value();
    }

    /** False for values written in another file or derived (the raw view of their file edits them). */
    public static boolean writable(Field f) {
        return f.source() == MetaSource.DERIVED || f.span().line() > 0 || f.span().length() > 0;
    }

    /** True for the status field (its control offers the lifecycle's legal next states only). */
    public static boolean isStatus(Field f) {
        return f.key().equals(Keys.STATUS);
    }

    /** The text under section {@code i}'s heading, up to the next heading. */
    public String body(int i) {
        return form.document().textOf(form.sections().get(i).body());
    }

    /**
     * The text with {@code values} (field key → value as a control shows it) and {@code bodies} (section index →
     * text under its heading) written in. A value equal to what a control shows now is not written, so only the
     * edited values change.
     */
    public String write(Map<String, String> values, Map<Integer, String> bodies) {
        Map<String, String> changed = new java.util.HashMap<>();
        values.forEach((k, v) -> form.field(k).filter(f -> writable(f) && !v.equals(display(f)))
                .ifPresent(f -> changed.put(f.key(), v)));
        Document doc = changed.isEmpty() ? form.document() : form.render(changed);
        if (bodies.isEmpty()) {
            return doc.text();
        }
        List<Section> sections = doc == form.document() ? form.sections()
                : Forms.of(doc, kind, nodeKind, context).sections();
        List<Map.Entry<Integer, String>> order = new ArrayList<>(bodies.entrySet());
        order.sort(Map.Entry.<Integer, String>comparingByKey(Comparator.reverseOrder()));
        for (Map.Entry<Integer, String> e : order) {
            if (e.getKey() < 0 || e.getKey() >= sections.size()) {
                continue;
            }
            Section s = sections.get(e.getKey());
            String body = e.getValue();
            if (body.equals(doc.textOf(s.body()))) {
                continue;
            }
            if (!body.isEmpty() && !body.endsWith("\n") && s.body().end() < doc.text().length()) {
                body = body + "\n"; // the next heading keeps its own line
            }
            doc = doc.replace(s.body().offset(), s.body().length(), body);
        }
        return doc.text();
    }

    /** The field whose value is on {@code line}, else the section whose text holds it. */
    public Optional<Target> target(int line) {
        for (Field f : form.fields()) {
            if (f.line() == line) {
                return Optional.of(new Target(f.key(), -1));
            }
        }
        List<Section> s = form.sections();
        for (int i = s.size() - 1; i >= 0; i--) {
            int last = form.document().lineOf(Math.max(s.get(i).body().offset(), s.get(i).body().end() - 1));
            if (s.get(i).line() <= line && line <= Math.max(last, s.get(i).line())) {
                return Optional.of(new Target(null, i));
            }
        }
        return Optional.empty();
    }

    /**
     * What the form's controls are built from (field keys and types, section titles and levels): the same shape
     * means the controls can stay and only their values change.
     */
    public List<String> shape() {
        List<String> out = new ArrayList<>();
        form.fields().forEach(f -> out.add(f.key() + ":" + f.type() + ":" + writable(f)));
        form.sections().forEach(s -> out.add(s.level() + "#" + s.title()));
        return out;
    }
}
