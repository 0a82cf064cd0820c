package io.specgraph.engine.view.preview;

import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Renders fenced code: a {@code ```mermaid} fence becomes {@code <pre class="mermaid">} holding its source as escaped
 * text (the bundled mermaid draws it); any other fence the usual {@code <pre><code class="language-x">}.
 */
final class CodeFences implements NodeRenderer {

    static final String MERMAID = "mermaid";

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    CodeFences(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FencedCodeBlock.class);
    }

    @Override
    public void render(Node node) {
        FencedCodeBlock fence = (FencedCodeBlock) node;
        String language = language(fence.getInfo());
        html.line();
        if (MERMAID.equalsIgnoreCase(language)) {
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put("class", MERMAID);
            html.tag("pre", context.extendAttributes(fence, "pre", attrs));
            html.text(fence.getLiteral());
            html.tag("/pre");
        } else {
            html.tag("pre", context.extendAttributes(fence, "pre", Map.of()));
            Map<String, String> attrs = new LinkedHashMap<>();
            if (!language.isEmpty()) {
                attrs.put("class", "language-" + language);
            }
            html.tag("code", context.extendAttributes(fence, "code", attrs));
            html.text(fence.getLiteral());
            html.tag("/code");
            html.tag("/pre");
        }
        html.line();
    }

    /** The first word of a fence's info string ({@code mermaid}, {@code java}), or empty. */
    static String language(String info) {
        if (info == null) {
            return "";
        }
        String trimmed = info.trim();
        int space = 0;
        while (space < trimmed.length() && !Character.isWhitespace(trimmed.charAt(space))) {
            space++;
        }
        return trimmed.substring(0, space);
    }
}
