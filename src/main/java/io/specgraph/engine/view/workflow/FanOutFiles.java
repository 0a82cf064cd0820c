package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.engine.view.templates.TemplateForms;
import io.specgraph.model.Heading;
import io.specgraph.model.RepoInfo;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.template.FormContext;
import io.specgraph.template.FormDefinition;
import io.specgraph.template.Forms;
import io.specgraph.template.MetaEditor;
import io.specgraph.template.Section;
import io.specgraph.template.Template;
import io.specgraph.template.TemplateKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** New documents of the workflows (fan-out, hotfix routing): where they go and their text. */
final class FanOutFiles {

    private FanOutFiles() {
    }

    /**
     * The file {@code path} of {@code repo}.
     *
     * @throws IllegalArgumentException when the repo is not loaded or the path leaves it
     */
    static Path target(Workspace ws, String repo, String path) {
        RepoInfo info = ws.graph().repo(repo)
                .orElseThrow(() -> new IllegalArgumentException("no repo " + repo + " in the workspace"));
        Path root = info.path().normalize();
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("not inside the repo: " + path);
        }
        return file;
    }

    /**
     * The repo's template of {@code kind} filled with {@code values} (as the new-document wizard fills it), the
     * {@code Source:} lines of the sections named in {@code sources} set, and the {@code extra} metadata keys the
     * template does not have added where the document keeps its metadata.
     */
    static byte[] draft(Workspace ws, TemplateKind kind, String repo, Map<String, String> values,
                        Map<String, String> sources, Map<String, String> extra) {
        Template template = TemplateForms.catalog(ws).template(kind, repo);
        DocumentLoader.Loaded loaded = DocumentLoader.fromBytes(repo, template.path(),
                NewDocument.render(template, values));
        if (!loaded.ok()) {
            throw new IllegalArgumentException("the " + kind.label() + " template " + template.where()
                    + " cannot be read: " + loaded.problem().message());
        }
        Document doc = loaded.document();
        FormDefinition form = Forms.of(doc, kind, kind.nodeKind().orElse(null), FormContext.NONE);
        List<Section> sourced = new ArrayList<>();
        for (Section s : form.sections()) {
            if (s.sourceSpan() != Span.NONE && sources.keySet().stream()
                    .anyMatch(t -> Heading.plain(t).equalsIgnoreCase(Heading.plain(s.title())))) {
                sourced.add(s);
            }
        }
        sourced.sort(Comparator.comparingInt((Section s) -> s.sourceSpan().offset()).reversed());
        for (Section s : sourced) {
            String value = sources.entrySet().stream()
                    .filter(e -> Heading.plain(e.getKey()).equalsIgnoreCase(Heading.plain(s.title())))
                    .map(Map.Entry::getValue).findFirst().orElseThrow();
            doc = doc.replace(s.sourceSpan().offset(), s.sourceSpan().length(), value);
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            FormDefinition now = Forms.of(doc, kind, kind.nodeKind().orElse(null), FormContext.NONE);
            if (now.field(e.getKey()).isEmpty()) {
                doc = MetaEditor.apply(doc, repo, null, e.getKey(), MetaEditor.Op.SET, e.getValue()).after();
            }
        }
        return doc.bytes();
    }
}
