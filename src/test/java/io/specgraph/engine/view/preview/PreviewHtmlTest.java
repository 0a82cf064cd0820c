package io.specgraph.engine.view.preview;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewHtmlTest {

    private static final Pattern NONCE = Pattern.compile("script-src 'nonce-([A-Za-z0-9_-]+)'");
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script(?<attrs>[^>]*)>", Pattern.CASE_INSENSITIVE);

    private static String body(String markdown) {
        return PreviewHtml.body(markdown).html();
    }

    @Test
    void escapesADocumentsScriptTags() {
        String md = "# Title\n\n<script>window.marker = 1</script>\n\nText <script src=\"x.js\"></script> inline.\n";
        String html = body(md);
        assertThat(html).doesNotContainIgnoringCase("<script");
        assertThat(html).contains("&lt;script&gt;window.marker = 1&lt;/script&gt;");
        assertThat(html).contains("&lt;script src=&quot;x.js&quot;&gt;");
    }

    @Test
    void everyScriptOnThePageIsOursAndCarriesTheNonce() {
        String page = PreviewHtml.render("<script>alert(1)</script>\n\n```mermaid\ngraph TD; A-->B\n```\n",
                PreviewOptions.lightTheme());
        Matcher csp = NONCE.matcher(page);
        assertThat(csp.find()).isTrue();
        String nonce = csp.group(1);
        Matcher tags = SCRIPT_TAG.matcher(page);
        int count = 0;
        while (tags.find()) {
            assertThat(tags.group("attrs")).isEqualTo(" nonce=\"" + nonce + "\"");
            count++;
        }
        assertThat(count).isEqualTo(2); // mermaid and the page's own script
        assertThat(PreviewHtml.render("x", PreviewOptions.lightTheme())).doesNotContain("nonce-" + nonce);
    }

    @Test
    void contentSecurityPolicyForbidsTheNetworkAndForeignScripts() {
        String page = PreviewHtml.render("# x\n", PreviewOptions.lightTheme());
        assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "img-src data:; style-src 'unsafe-inline'; script-src 'nonce-");
        assertThat(page).contains("base-uri 'none'; form-action 'none'");
        assertThat(page.indexOf("Content-Security-Policy")).isLessThan(page.indexOf("<style>"));
        assertThat(page).doesNotContain("unsafe-eval").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void rawRemoteImagesAreEscapedAndMarkdownImagesAreNotLoaded() {
        String html = body("<img src=http://127.0.0.1:9/x.png onerror=alert(1)>\n\n![chart](http://127.0.0.1:9/y.png)\n"
                + "\n![local](diagram.png)\n");
        assertThat(html).doesNotContain("<img");
        assertThat(html).contains("&lt;img src=http://127.0.0.1:9/x.png onerror=alert(1)&gt;");
        assertThat(html).contains("<span class=\"image-blocked\" title=\"Image not loaded: http://127.0.0.1:9/y.png\">"
                + "[image: chart]</span>");
        assertThat(html).contains("title=\"Image not loaded: diagram.png\">[image: local]</span>");
    }

    @Test
    void dataImagesAreShown() {
        String html = body("![dot](data:image/png;base64,iVBORw0KGgo=)\n");
        assertThat(html).contains("<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"dot\" />");
    }

    @Test
    void javascriptAndOtherSchemesAreDroppedFromLinks() {
        String html = body("[a](javascript:alert(1)) [b](JAVASCRIPT:alert(1)) [c](vbscript:x) [d](file:///etc/passwd)"
                + " <javascript:alert(2)>\n");
        assertThat(html).doesNotContainIgnoringCase("href=\"javascript").doesNotContain("vbscript:")
                .doesNotContain("file:");
        assertThat(html).contains("<a rel=\"nofollow\" href=\"\">a</a>")
                .contains("<a rel=\"nofollow\" href=\"\">javascript:alert(2)</a>");
    }

    @Test
    void webMailAndRelativeLinksStay() {
        String html = body("[w](https://example.org/a?b=1&c=2) [m](mailto:x@example.org) "
                + "[s](../specs/PLAT-1.md#scope)\n");
        assertThat(html).contains("href=\"https://example.org/a?b=1&amp;c=2\"")
                .contains("href=\"mailto:x@example.org\"")
                .contains("href=\"../specs/PLAT-1.md#scope\"");
    }

    @Test
    void attributeInjectionThroughLinksAndTitlesIsEscaped() {
        String html = body("[x](<http://a\" onmouseover=\"alert(1)>) [y](http://b \"t\\\" onclick=\\\"alert(2)\")\n"
                + "![z](data:image/png;base64,AA== \"q\\\" onerror=\\\"alert(3)\")\n");
        assertThat(html).doesNotContain("\" onmouseover").doesNotContain("\" onclick").doesNotContain("\" onerror");
        assertThat(html).contains("title=\"t&quot; onclick=&quot;alert(2)\"");
    }

    @Test
    void mermaidFenceBecomesAPreWithEscapedSource() {
        PreviewHtml.Body body = PreviewHtml.body("```mermaid\nstateDiagram-v2\n  Draft --> Approved: <b>ok</b>\n```\n");
        assertThat(body.diagrams()).isTrue();
        assertThat(body.html()).contains("<pre class=\"mermaid\">stateDiagram-v2\n  Draft --&gt; Approved: "
                + "&lt;b&gt;ok&lt;/b&gt;\n</pre>");
    }

    @Test
    void otherFencesStayCodeAndNeedNoMermaid() {
        PreviewHtml.Body body = PreviewHtml.body("```java extra\nif (a < b) {}\n```\n\n    indented\n");
        assertThat(body.diagrams()).isFalse();
        assertThat(body.html()).contains("<pre><code class=\"language-java\">if (a &lt; b) {}\n</code></pre>");
        String page = PreviewHtml.page(body, PreviewOptions.lightTheme());
        assertThat(page).doesNotContain(MermaidBundle.script().orElseThrow().substring(0, 300))
                .hasSizeLessThan(40_000);
    }

    @Test
    void pageWithADiagramCarriesTheBundledMermaidStrict() {
        assertThat(MermaidBundle.version()).hasValueSatisfying(v -> assertThat(v).startsWith("11."));
        String page = PreviewHtml.render("```mermaid\ngraph TD; A-->B\n```\n", PreviewOptions.lightTheme());
        assertThat(page).hasSizeGreaterThan(1_000_000).contains("securityLevel: 'strict'");
        // two scripts, each closed once: the bundle holds no "</script" of its own
        assertThat(page.toLowerCase(java.util.Locale.ROOT).split("</script", -1)).hasSize(3);
        assertThat(PreviewHtml.render("```mermaid\ngraph TD; A-->B\n```\n", new PreviewOptions(false, false)))
                .hasSizeLessThan(40_000).contains("<pre class=\"mermaid\">");
    }

    @Test
    void frontMatterIsShownAsATable() {
        String md = "---\nid: PLAT-124\nstatus: Draft\ntitle: \"<b>Cart</b>\"\n---\n# Cart checkout\n";
        String html = body(md);
        assertThat(html).startsWith("<div class=\"block\"><table class=\"metadata\">")
                .contains("<tr><th>id</th><td>PLAT-124</td></tr>")
                .contains("<tr><th>status</th><td>Draft</td></tr>")
                .contains("&lt;b&gt;Cart&lt;/b&gt;")
                .contains("<h1>Cart checkout</h1>")
                .doesNotContain("<hr");
    }

    @Test
    void frontMatterThatReadsAsNoKeysIsShownAsText() {
        String html = body("---\n- just\n- a list\n---\nBody\n");
        assertThat(html).contains("<pre class=\"front-matter\"><code>- just\n- a list\n</code></pre>")
                .contains("<p>Body</p>");
    }

    @Test
    void unterminatedFrontMatterIsPlainMarkdown() {
        assertThat(body("---\nid: X\n")).doesNotContain("metadata").contains("<hr />");
    }

    @Test
    void gfmTablesRender() {
        assertThat(body("| a | b |\n|---|---|\n| 1 | <i>2</i> |\n"))
                .contains("<table>").contains("<th>a</th>").contains("<td>&lt;i&gt;2&lt;/i&gt;</td>");
    }

    @Test
    void eachTopLevelBlockIsRenderedOnItsOwn() {
        PreviewHtml.Body body = PreviewHtml.body("---\nid: X\n---\n# T\n\npara\n\n[ref]: http://x\n\n- a\n- b\n");
        assertThat(body.blocks()).hasSize(4);
        assertThat(body.blocks().get(1)).isEqualTo("<h1>T</h1>\n");
        assertThat(body.blocks().get(3)).startsWith("<ul>");
        assertThat(body.html()).startsWith("<div class=\"block\"><table")
                .contains("<div class=\"block\"><h1>T</h1>\n</div>");
    }

    @Test
    void darkFlagSetsTheBodyClass() {
        assertThat(PreviewHtml.render("x", PreviewOptions.darkTheme())).contains("<body class=\"dark\">");
        assertThat(PreviewHtml.render("x", PreviewOptions.lightTheme())).contains("<body class=\"light\">");
    }

    @Test
    void nullAndEmptyDocumentsRender() {
        assertThat(PreviewHtml.render(null, PreviewOptions.lightTheme())).contains("<main id=\"doc\">");
        assertThat(PreviewHtml.body("").html()).isEmpty();
    }
}
