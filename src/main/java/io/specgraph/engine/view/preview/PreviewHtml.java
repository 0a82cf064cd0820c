package io.specgraph.engine.view.preview;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Markdown to a complete, locked-down HTML page for the preview. Raw HTML in the document is shown as text, link URLs
 * other than http(s), mailto and relative ones are dropped, only {@code data:} images are shown (others as their alt
 * text), and the page's Content-Security-Policy lets nothing load from anywhere and runs only the scripts this class
 * adds, by a fresh nonce: the bundled mermaid and the page's own small script. Front matter is shown as a table;
 * {@code ```mermaid} fences are drawn by mermaid with {@code securityLevel: 'strict'}. Thread-safe.
 */
public final class PreviewHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true).percentEncodeUrls(true)
            .nodeRendererFactory(CodeFences::new).nodeRendererFactory(Images::new).build();
    private static final Pattern CLOSE_SCRIPT = Pattern.compile("</(script)", Pattern.CASE_INSENSITIVE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private PreviewHtml() {
    }

    /**
     * The rendered body of a document: what goes inside the page's {@code <main>}, one block per top-level markdown
     * block (the front matter table first), so that a re-render can replace only the blocks that changed.
     *
     * @param blocks   the HTML of each block
     * @param diagrams whether it holds a mermaid fence
     */
    public record Body(List<String> blocks, boolean diagrams) {
        public Body {
            blocks = List.copyOf(blocks);
        }

        /** The blocks, each in its {@code <div class="block">}. */
        public String html() {
            return html(blocks);
        }

        /** {@code blocks}, each in its {@code <div class="block">}. */
        public static String html(List<String> blocks) {
            StringBuilder b = new StringBuilder();
            for (String block : blocks) {
                b.append("<div class=\"block\">").append(block).append("</div>\n");
            }
            return b.toString();
        }
    }

    /** A complete HTML page showing {@code markdown}. */
    public static String render(String markdown, PreviewOptions options) {
        return page(body(markdown), options);
    }

    /** The body of {@code markdown} alone, for updating a page already shown. */
    public static Body body(String markdown) {
        FrontMatterTable.Split split = FrontMatterTable.split(markdown == null ? "" : markdown);
        Node document = PARSER.parse(split.rest());
        List<String> blocks = new ArrayList<>();
        if (!split.tableHtml().isEmpty()) {
            blocks.add(split.tableHtml());
        }
        boolean diagrams = false;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            String html = RENDERER.render(n);
            if (!html.isEmpty()) {
                blocks.add(html);
            }
            diagrams |= isMermaid(n) || n.getFirstChild() != null && hasDiagrams(n);
        }
        return new Body(blocks, diagrams);
    }

    /** A complete HTML page around {@code body}; mermaid is added only when the body has diagrams. */
    public static String page(Body body, PreviewOptions options) {
        String nonce = nonce();
        Optional<String> mermaid = options.diagrams() && body.diagrams() ? MermaidBundle.script() : Optional.empty();
        StringBuilder page = new StringBuilder(body.html().length() + mermaid.map(String::length).orElse(0) + 8192);
        page.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp(nonce)).append("\">\n")
                .append("<style>\n").append(PreviewResources.css()).append("</style>\n</head>\n")
                .append("<body class=\"").append(options.dark() ? "dark" : "light").append("\">\n")
                .append("<main id=\"doc\">\n").append(body.html()).append("</main>\n");
        mermaid.ifPresent(js -> script(page, nonce, js));
        script(page, nonce, PreviewResources.js());
        return page.append("</body></html>\n").toString();
    }

    /**
     * The page's Content-Security-Policy: nothing from anywhere, images from {@code data:} only, inline styles (mermaid
     * styles its SVG), and only scripts carrying {@code nonce}.
     */
    public static String csp(String nonce) {
        return "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'nonce-" + nonce + "'; "
                + "base-uri 'none'; form-action 'none'";
    }

    private static void script(StringBuilder page, String nonce, String js) {
        page.append("<script nonce=\"").append(nonce).append("\">\n")
                .append(CLOSE_SCRIPT.matcher(js).replaceAll("<\\\\/$1"))
                .append("\n</script>\n");
    }

    private static boolean hasDiagrams(Node document) {
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (isMermaid(n)) {
                return true;
            }
            if (n.getFirstChild() != null && hasDiagrams(n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMermaid(Node n) {
        return n instanceof FencedCodeBlock
                && CodeFences.MERMAID.equalsIgnoreCase(CodeFences.language(((FencedCodeBlock) n).getInfo()));
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
