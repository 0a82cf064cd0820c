package io.specgraph.template;

import io.specgraph.model.NodeKind;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Form ⇄ text on real documents (the demo and the reader fixtures): no byte changes without an edit, and an edit of
 * one field changes that value only.
 */
class FormRoundTripTest {

    private static List<Path> documents() throws IOException {
        try (Stream<Path> a = Files.walk(Path.of("src/test/resources/fixtures"));
             Stream<Path> b = Files.walk(Path.of("src/main/resources/demo"))) {
            return Stream.concat(a, b).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static TemplateKind kindOf(String path) {
        if (path.contains("/adr/") || path.contains("/decisions/")) {
            return TemplateKind.ADR_MADR;
        }
        if (path.contains("/changes/") && path.contains("/specs/")) {
            return TemplateKind.OPENSPEC_DELTA;
        }
        return path.contains("platform") ? TemplateKind.PLATFORM_SPEC : TemplateKind.COMPONENT_SPEC;
    }

    @Test
    void everyRealDocumentRendersUnchangedToIdenticalBytesAndOneEditChangesOneValue() throws IOException {
        int docs = 0;
        int edits = 0;
        for (Path p : documents()) {
            DocumentLoader.Loaded loaded = DocumentLoader.fromBytes("r", p.toString(), Files.readAllBytes(p));
            if (!loaded.ok()) {
                continue;
            }
            Document doc = loaded.document();
            TemplateKind kind = kindOf(p.toString().replace('\\', '/'));
            FormDefinition form = Forms.of(doc, kind, kind.nodeKind().orElse(NodeKind.COMPONENT_SPEC),
                    FormContext.NONE);
            Map<String, String> own = new HashMap<>();
            form.fields().forEach(f -> own.put(f.key(), f.value()));
            assertThat(form.render(Map.of()).bytes()).as(p.toString()).isEqualTo(doc.bytes());
            assertThat(form.render(own).bytes()).as(p + " with its own values").isEqualTo(doc.bytes());
            docs++;
            for (Field f : form.fields()) {
                if (f.span().line() == 0 || f.type().isList() || f.placeholder()) {
                    continue;
                }
                String out = new String(form.render(Map.of(f.key(), "EDITED")).bytes(), StandardCharsets.UTF_8);
                String text = new String(doc.bytes(), StandardCharsets.UTF_8);
                int head = text.length() - doc.text().length();
                String before = text.substring(0, head + f.span().offset());
                String after = text.substring(head + f.span().end());
                assertThat(out).as(p + " " + f.key()).startsWith(before).endsWith(after);
                assertThat(out.substring(before.length(), out.length() - after.length()).strip())
                        .as(p + " " + f.key()).matches("[\"'`*]*EDITED[\"'`*]*");
                edits++;
            }
        }
        assertThat(docs).isGreaterThan(100);
        assertThat(edits).isGreaterThan(200);
    }
}
