package io.specgraph.template;

import io.specgraph.model.MetaValue;
import io.specgraph.parse.Document;
import io.specgraph.parse.MarkdownDoc;
import io.specgraph.template.MetaEditor.Op;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Front-matter edits on the YAML that real files hold: odd line breaks, emoji, block scalars, anchors. */
class YamlEditTest {

    private static String edit(String text, String key, Op op, String value) {
        Document doc = Document.ofText("spec.md", text);
        MetaValue existing = MarkdownDoc.of("r", doc).metadata().get(key).orElse(null);
        return new String(MetaEditor.apply(doc, "r", existing, key, op, value).after().bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void unicodeLineSeparatorsInAnEarlierValueDoNotShiftTheSpan() {
        for (String odd : new String[]{"\u2028", "\u2029", "\u0085"}) {
            String in = "---\ntitle: \"Cart" + odd + "totals\"\nstatus: Draft\nversion: v1\n---\n# T\n";
            assertThat(edit(in, "status", Op.SET, "Approved")).as(Integer.toHexString(odd.charAt(0)))
                    .isEqualTo(in.replace("status: Draft", "status: Approved"));
        }
    }

    @Test
    void emojiBeforeTheValueDoNotShiftTheSpan() {
        String in = "---\ntitle: 🛒🛒 guest cart 🚀\nstatus: Draft\n---\n";
        assertThat(edit(in, "status", Op.SET, "Approved")).isEqualTo(in.replace("Draft", "Approved"));
    }

    @Test
    void aBlockScalarIsReplacedWithoutSwallowingTheNextKey() {
        String in = "---\noutcome: |\n  shipped v1\nstatus: Draft\n---\n";
        assertThat(edit(in, "outcome", Op.SET, "shipped v2")).isEqualTo("---\noutcome: shipped v2\nstatus: Draft\n---\n");
        String folded = "---\noutcome: >\n  shipped\n  v1\n\nstatus: Draft\n---\n";
        assertThat(edit(folded, "status", Op.SET, "Approved")).isEqualTo(folded.replace("Draft", "Approved"));
    }

    @Test
    void anAliasIsReplacedWhereItIsWrittenAndAnAnchorIsKept() {
        String alias = "---\nother: &s Draft\nstatus: *s\n---\n";
        assertThat(edit(alias, "status", Op.SET, "Approved")).isEqualTo("---\nother: &s Draft\nstatus: Approved\n---\n");
        String anchor = "---\nstatus: &s Draft\nother: *s\n---\n";
        assertThat(edit(anchor, "status", Op.SET, "Approved")).isEqualTo("---\nstatus: &s Approved\nother: *s\n---\n");
    }

    @Test
    @Timeout(10)
    void hostileYamlIsReadWithoutBlowingTheStackOrTheHeap() {
        MarkdownDoc cycle = MarkdownDoc.of("r", Document.ofText("a.md", "---\nx: &a [*a]\nstatus: Draft\n---\n"));
        assertThat(cycle.metadata().value("status")).isEqualTo("Draft");
        StringBuilder bomb = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append("]\n");
        }
        bomb.append("status: Draft\n---\n");
        MarkdownDoc d = MarkdownDoc.of("r", Document.ofText("b.md", bomb.toString()));
        assertThat(d.metadata().value("status")).isEqualTo("Draft");
    }
}
