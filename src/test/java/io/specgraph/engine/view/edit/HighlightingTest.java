package io.specgraph.engine.view.edit;

import io.specgraph.engine.view.edit.Highlighting.Run;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightingTest {

    /** The text of each styled run, as "style:text". */
    private static List<String> styled(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        for (Run r : Highlighting.of(text)) {
            if (!r.style().isEmpty()) {
                out.add(r.style() + ":" + text.substring(at, at + r.length()));
            }
            at += r.length();
        }
        assertThat(at).isEqualTo(text.length());
        return out;
    }

    @Test
    void frontMatterHeadingsMetadataStatusListsCodeAndLinks() {
        String text = "---\nid: PLAT-1\nstatus: Draft\n---\n# Title\n\n## Metadata\n- Status: Draft\n"
                + "- Implements: PLAT-1 v1\n* item with `code` and [a link](http://x)\n1. first\n"
                + "```yaml\n# not a heading\n```\n<!-- a\ncomment -->\nplain";
        assertThat(styled(text)).containsExactly(
                "md-front-matter:---", "md-key:id:", "md-key:status:", "md-front-matter:---",
                "md-heading:# Title", "md-heading:## Metadata", "md-status:- Status: Draft",
                "md-list:-", "md-key:Implements:", "md-list:*", "md-code:`code`", "md-link:[a link](http://x)",
                "md-list:1.", "md-code:```yaml", "md-code:# not a heading", "md-code:```", "md-comment:<!-- a",
                "md-comment:comment -->");
    }

    @Test
    void emptyTextHasNoRuns() {
        assertThat(Highlighting.of("")).isEmpty();
    }
}
