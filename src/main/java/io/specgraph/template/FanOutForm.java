package io.specgraph.template;

import io.specgraph.model.Keys;
import io.specgraph.model.ListValues;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The form of a fan-out task (seed 001 §1.7): the task line ({@code - [ ] T010 description in specs/…}) as field
 * {@code task}, and its indented {@code - key: value} lines as fields.
 */
final class FanOutForm {

    private static final Pattern TASK = Pattern.compile("^\\s*[-*]\\s*\\[[ xX]]\\s+(\\S.*?)\\s*$");
    private static final Pattern SUB = Pattern.compile("^(\\s+)[-*+]\\s+([A-Za-z][\\w -]*?)\\s*:[ \\t]*(.*?)\\s*$");

    private FanOutForm() {
    }

    static FormDefinition read(Document doc, NodeKind kind, FormContext ctx) {
        List<Field> fields = new ArrayList<>();
        for (int n = 1; n <= doc.lineCount(); n++) {
            String line = doc.line(n);
            Matcher t = TASK.matcher(line);
            if (t.matches() && fields.isEmpty()) {
                Span span = doc.spanInLine(n, t.start(1), t.end(1));
                String v = doc.textOf(span);
                boolean ph = v.contains("[");
                fields.add(new Field("task", "Task", FieldType.TEXT, v, List.of(), ph ? v : "", ph, List.of(),
                        List.of(), false, Necessity.REQUIRED, "", MetaSource.DERIVED, span, Span.NONE));
                continue;
            }
            Matcher s = SUB.matcher(line);
            if (s.matches() && !fields.isEmpty()) {
                String key = Keys.canonical(s.group(2));
                Span span = doc.spanInLine(n, s.start(3), s.end(3));
                String v = doc.textOf(span);
                MetaValue mv = new MetaValue(key, s.group(2), v, ListValues.split(v), MetaSource.METADATA_SECTION,
                        doc.path(), span, List.of());
                Field f = Forms.field(doc, mv, kind, ctx);
                fields.add(new Field(f.key(), f.label(), f.type(), f.value(), f.items(), f.guidance(), f.placeholder(),
                        f.options(), f.targets(), f.versioned(), Necessity.REQUIRED, "fan-out", f.source(), f.span(),
                        f.comment()));
            }
        }
        return new FormDefinition(TemplateKind.FAN_OUT_TASK, kind, doc, fields, List.of());
    }
}
