package io.specgraph.engine.view.preview;

import io.specgraph.engine.view.preview.PreviewLink.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewLinkTest {

    @Test
    void webAndMailLinksAreExternal() {
        assertThat(PreviewLink.of("https://example.org/a?b=1")).isEqualTo(
                new PreviewLink(Kind.EXTERNAL, "https://example.org/a?b=1"));
        assertThat(PreviewLink.of(" HTTP://example.org ").kind()).isEqualTo(Kind.EXTERNAL);
        assertThat(PreviewLink.of("mailto:a@example.org").kind()).isEqualTo(Kind.EXTERNAL);
    }

    @Test
    void otherSchemesAndEmptyLinksAreIgnored() {
        for (String href : new String[] {"javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://x",
                "http:", "mailto:", "", "#section", "//evil.example/x", null}) {
            assertThat(PreviewLink.of(href).kind()).as(String.valueOf(href)).isEqualTo(Kind.IGNORED);
        }
    }

    @Test
    void relativeLinksNameADocumentWithoutFragmentOrQuery() {
        assertThat(PreviewLink.of("../platform/PLAT-124.md#scope")).isEqualTo(
                new PreviewLink(Kind.DOCUMENT, "../platform/PLAT-124.md"));
        assertThat(PreviewLink.of("my%20spec.md?x=1").target()).isEqualTo("my spec.md");
        assertThat(PreviewLink.of("docs/a:b.md").kind()).isEqualTo(Kind.DOCUMENT);
    }
}
