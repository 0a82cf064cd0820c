package io.specgraph.engine.view.preview;

import io.specgraph.engine.GraphFormats;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.parse.Document;
import io.specgraph.parse.MarkdownDoc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A document's YAML front matter as an HTML table of its keys and values (as written), and the markdown after it.
 * Front matter whose keys cannot be read is shown as its text, never dropped.
 */
final class FrontMatterTable {

    private FrontMatterTable() {
    }

    /**
     * @param tableHtml the table, or the front matter as preformatted text, or empty when there is none
     * @param rest      the markdown after the front matter (all of it when there is none)
     */
    record Split(String tableHtml, String rest) {
    }

    static Split split(String markdown) {
        if (!markdown.startsWith("---")) {
            return new Split("", markdown);
        }
        Document doc = Document.ofText("preview.md", markdown);
        MarkdownDoc md = MarkdownDoc.of("", doc);
        int end = md.scan().frontMatterEnd();
        if (end == 0) {
            return new Split("", markdown);
        }
        String rest = markdown.substring(doc.lineEndWithEol(end));
        List<MetaValue> values = md.scan().values().stream()
                .filter(v -> v.source() == MetaSource.FRONT_MATTER && v.line() > 1 && v.line() < end)
                .collect(Collectors.toList());
        if (values.isEmpty()) {
            String text = markdown.substring(doc.lineEndWithEol(1), doc.lineStart(end));
            return new Split("<pre class=\"front-matter\"><code>" + GraphFormats.xml(text) + "</code></pre>\n", rest);
        }
        StringBuilder html = new StringBuilder("<table class=\"metadata\"><tbody>\n");
        for (MetaValue v : values) {
            html.append("<tr><th>").append(GraphFormats.xml(v.rawKey())).append("</th><td>")
                    .append(GraphFormats.xml(v.value())).append("</td></tr>\n");
        }
        return new Split(html.append("</tbody></table>\n").toString(), rest);
    }
}
