package io.specgraph.engine.view.edit;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.templates.TemplateForms;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.template.BuiltinTemplates;
import io.specgraph.template.FormContext;
import io.specgraph.template.Template;
import io.specgraph.template.TemplateKind;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's form over a buffer: opening the form and writing every control's own value back gives identical
 * bytes (every built-in template, every demo document with a form, every reader fixture), and a field or section
 * edit changes exactly those bytes.
 */
class FormTextTest {

    private final Workspace ws = FxDemo.workspace();

    /** Reads {@code bytes} as the editor does, writes the form's own values back, encodes: the bytes it gives. */
    private static byte[] roundTrip(byte[] bytes, String path, TemplateKind kind, NodeKind nodeKind, FormContext ctx)
            throws Exception {
        EditorText et = EditorText.decode(bytes);
        FormText f = FormText.read(path, et.text(), kind, nodeKind, ctx);
        Map<String, String> values = new HashMap<>();
        f.fields().forEach(fd -> values.put(fd.key(), FormText.display(fd)));
        Map<Integer, String> bodies = new HashMap<>();
        for (int i = 0; i < f.sections().size(); i++) {
            bodies.put(i, f.body(i));
        }
        return et.encode(f.write(values, bodies));
    }

    @Test
    void everyBuiltInTemplateRoundTripsThroughTheFormUnchanged() throws Exception {
        for (TemplateKind k : TemplateKind.values()) {
            Template t = BuiltinTemplates.of(k);
            byte[] bytes = t.document().bytes();
            assertThat(roundTrip(bytes, "t.md", k, k.nodeKind().orElse(null), TemplateForms.context(ws)))
                    .as(k.label()).isEqualTo(bytes);
        }
    }

    @Test
    void everyDemoDocumentWithAFormRoundTripsIncludingBomAndCrlf() throws Exception {
        int docs = 0;
        for (Node n : ws.graph().nodes()) {
            byte[] bytes = Files.readAllBytes(FxDemo.dir().resolve(n.repo()).resolve(n.path()));
            Optional<TemplateKind> kind = FormKinds.of(n, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            if (kind.isEmpty()) {
                continue;
            }
            FormContext ctx = TemplateForms.context(ws);
            assertThat(roundTrip(bytes, n.path(), kind.get(), n.kind(), ctx)).as(n.key()).isEqualTo(bytes);
            String crlf = "\uFEFF" + new String(bytes, java.nio.charset.StandardCharsets.UTF_8).replace("\n", "\r\n");
            byte[] other = crlf.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(roundTrip(other, n.path(), kind.get(), n.kind(), ctx)).as(n.key() + " CRLF").isEqualTo(other);
            docs++;
        }
        assertThat(docs).isGreaterThan(40);
    }

    @Test
    void everyReaderFixtureRoundTrips() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources/fixtures"))) {
            files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int docs = 0;
        for (Path p : files) {
            byte[] bytes = Files.readAllBytes(p);
            try {
                EditorText.decode(bytes);
            } catch (java.nio.charset.CharacterCodingException e) {
                continue; // shown read-only, no form
            }
            String s = p.toString();
            TemplateKind kind = s.contains("/adr/") ? TemplateKind.ADR_NYGARD : s.contains("platform")
                    ? TemplateKind.PLATFORM_SPEC : TemplateKind.COMPONENT_SPEC;
            assertThat(roundTrip(bytes, s, kind, kind.nodeKind().orElseThrow(), FormContext.NONE)).as(s)
                    .isEqualTo(bytes);
            docs++;
        }
        assertThat(docs).isGreaterThan(50);
    }

    private FormText cart01() throws Exception {
        Node n = ws.graph().node("cart/SPEC-CART-01").orElseThrow();
        String text = Files.readString(FxDemo.dir().resolve("cart").resolve(n.path()));
        return FormText.read(n.path(), text, TemplateKind.COMPONENT_SPEC, n.kind(), TemplateForms.context(ws));
    }

    @Test
    void aFieldEditChangesOnlyItsValueAndASectionEditOnlyItsText() throws Exception {
        FormText f = cart01();
        String text = f.text();
        String out = f.write(Map.of("blocked_by", "ADR-100"), Map.of());
        assertThat(out).isEqualTo(text.replace("- Blocked By: []", "- Blocked By: [ADR-100]"));
        int i = f.sections().indexOf(f.form().section("Goals / Non-Goals").orElseThrow());
        String body = f.body(i);
        String edited = f.write(Map.of(), Map.of(i, body.replace("keep guest carts", "keep guest carts for 30 days")));
        assertThat(edited).isEqualTo(text.replace("keep guest carts", "keep guest carts for 30 days"));
        String both = f.write(Map.of("status", "Done", "blocked_by", "ADR-100"), Map.of(i, "Source: PLAT-124 v1\n\n"));
        assertThat(both).contains("- Status: Done").contains("- Blocked By: [ADR-100]")
                .contains("## Goals / Non-Goals\nSource: PLAT-124 v1\n\n## Domain Understanding");
        assertThat(f.write(Map.of("blocked_by", ""), Map.of())).as("what a control shows is not rewritten")
                .isEqualTo(text);
    }

    @Test
    void fillingAnEmptyFieldDropsItsGuidanceCommentButAFilledFieldKeepsItsComment() {
        String text = "# T\n\n## Metadata\n- ID: PLAT-131\n- Initiative: <!-- the initiative, e.g. ECO-124 -->\n"
                + "- Domain: checkout <!-- owned by the checkout team -->\n";
        FormText f = FormText.read("x.md", text, TemplateKind.PLATFORM_SPEC, NodeKind.PLATFORM_SPEC,
                FormContext.NONE);
        assertThat(f.write(Map.of("initiative", "ECO-131"), Map.of()))
                .isEqualTo(text.replace("<!-- the initiative, e.g. ECO-124 -->", "ECO-131"));
        assertThat(f.write(Map.of("domain", "cart"), Map.of()))
                .isEqualTo(text.replace("- Domain: checkout", "- Domain: cart"));
    }

    @Test
    void sectionsWithTheSameTitleAreEditedApart() {
        String text = "# T\n\n## Metadata\n- ID: SPEC-X-01\n\n### Scenario\nfirst\n\n### Scenario\nsecond\n";
        FormText f = FormText.read("x.md", text, TemplateKind.COMPONENT_SPEC, NodeKind.COMPONENT_SPEC,
                FormContext.NONE);
        assertThat(f.sections()).hasSize(2);
        assertThat(f.write(Map.of(), Map.of(1, "changed\n"))).isEqualTo(text.replace("second", "changed"));
    }

    @Test
    void aLineLeadsToItsFieldOrSection() throws Exception {
        FormText f = cart01();
        int blocked = f.form().field("blocked_by").orElseThrow().line();
        assertThat(f.target(blocked)).contains(new FormText.Target("blocked_by", -1));
        int goals = f.form().section("Goals / Non-Goals").orElseThrow().line();
        int idx = f.sections().indexOf(f.form().section("Goals / Non-Goals").orElseThrow());
        assertThat(f.target(goals)).contains(new FormText.Target(null, idx));
        assertThat(f.target(goals + 2)).contains(new FormText.Target(null, idx));
        assertThat(f.target(2)).isEmpty();
    }

    @Test
    void kindsWithoutAFormSayWhy() {
        Node pack = ws.graph().node("platform/cp-checkout@v2").orElseThrow();
        assertThat(FormKinds.of(pack, "")).isEmpty();
        assertThat(FormKinds.rawOnly(pack)).contains("context-pack").contains("markdown");
        Node adr = ws.graph().node("platform/ADR-100").orElseThrow();
        assertThat(FormKinds.of(adr, "---\nstatus: proposed\n---\n# X\n")).contains(TemplateKind.ADR_MADR);
        assertThat(FormKinds.of(adr, "# 1. X\n\n## Status\n\nProposed\n")).contains(TemplateKind.ADR_NYGARD);
    }
}
