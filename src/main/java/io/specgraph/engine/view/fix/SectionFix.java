package io.specgraph.engine.view.fix;

import io.specgraph.engine.view.templates.TemplateForms;
import io.specgraph.graph.gate.Text;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaSource;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.parse.Document;
import io.specgraph.template.FormDefinition;
import io.specgraph.template.Section;
import io.specgraph.template.Template;
import io.specgraph.template.TemplateKind;

import java.util.List;
import java.util.Optional;

/**
 * RS1: adds a section the gates policy requires — its heading and the template's guidance under it, placed where
 * the template puts it (before the next template section the document has, else after the previous one, else at
 * the end). A section the template does not have gets its heading and a guidance comment at the end.
 */
final class SectionFix {

    private SectionFix() {
    }

    static Optional<Fix> of(Subject s) {
        Node node = s.node();
        Optional<String> wanted = s.ws().gates().policy().requiredSections().getOrDefault(node.kind(), List.of())
                .stream().filter(t -> s.finding().message().contains("'" + t + "'"))
                .filter(t -> node.content().heading(h -> Text.name(h.text()).equals(Text.name(t))).isEmpty())
                .findFirst();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        TemplateKind kind = kindOf(node);
        FormDefinition doc = TemplateForms.form(s.ws(), s.doc(), kind, node.kind());
        FormDefinition template = TemplateForms.form(s.ws(), TemplateForms.catalog(s.ws()).template(kind, node.repo()));
        String eol = s.doc().eol();
        List<Section> ts = template.sections();
        int k = indexOf(ts, wanted.get());
        String block = k < 0 ? "## " + wanted.get() + eol + eol
                + "<!-- Required by the gates policy (RS1): write what this section asks for. -->"
                : block(template.document(), ts, k).replace("\r\n", "\n").replace("\n", eol);
        Document after = insert(s.doc(), doc.sections(), ts, k, block, eol);
        return s.fix("Add the '" + wanted.get() + "' section" + (k < 0 ? "" : " from the template"), after);
    }

    /** The template kind a node's document was written from. */
    static TemplateKind kindOf(Node node) {
        if (node.kind() == NodeKind.ADR) {
            boolean frontMatter = node.meta().asMap().values().stream()
                    .anyMatch(v -> v.source() == MetaSource.FRONT_MATTER);
            return frontMatter ? TemplateKind.ADR_MADR : TemplateKind.ADR_NYGARD;
        }
        if (node.layout() == Layout.SPEC_KIT
                && (node.kind() == NodeKind.PLATFORM_SPEC || node.kind() == NodeKind.COMPONENT_SPEC)) {
            return TemplateKind.SPEC_KIT_SPEC;
        }
        for (TemplateKind t : TemplateKind.values()) {
            if (t.nodeKind().filter(nk -> nk == node.kind()).isPresent()) {
                return t;
            }
        }
        return TemplateKind.COMPONENT_SPEC;
    }

    private static int indexOf(List<Section> sections, String title) {
        for (int i = 0; i < sections.size(); i++) {
            if (Text.name(sections.get(i).title()).equals(Text.name(title))) {
                return i;
            }
        }
        return -1;
    }

    /** The template's text of section {@code k}: its heading through its subsections, without trailing blank lines. */
    private static String block(Document template, List<Section> ts, int k) {
        int from = template.lineStart(ts.get(k).line());
        int to = template.text().length();
        for (int j = k + 1; j < ts.size(); j++) {
            if (ts.get(j).level() <= ts.get(k).level()) {
                to = template.lineStart(ts.get(j).line());
                break;
            }
        }
        return template.text().substring(from, to).stripTrailing();
    }

    private static Document insert(Document doc, List<Section> ds, List<Section> ts, int k, String block, String eol) {
        if (k >= 0) {
            int level = ts.get(k).level();
            for (int j = k + 1; j < ts.size(); j++) {
                int d = ts.get(j).level() <= level ? indexOf(ds, ts.get(j).title()) : -1;
                if (d >= 0) {
                    return doc.replace(doc.lineStart(ds.get(d).line()), 0, block + eol + eol);
                }
            }
            for (int i = k - 1; i >= 0; i--) {
                int d = ts.get(i).level() <= level ? indexOf(ds, ts.get(i).title()) : -1;
                if (d >= 0) {
                    for (int n = d + 1; n < ds.size(); n++) {
                        if (ds.get(n).level() <= ds.get(d).level()) {
                            return doc.replace(doc.lineStart(ds.get(n).line()), 0, block + eol + eol);
                        }
                    }
                    break;
                }
            }
        }
        String text = doc.text();
        String lead = text.isEmpty() ? "" : (doc.endsWithEol() ? "" : eol) + (text.endsWith(eol + eol) ? "" : eol);
        return doc.replace(text.length(), 0, lead + block + eol);
    }
}
