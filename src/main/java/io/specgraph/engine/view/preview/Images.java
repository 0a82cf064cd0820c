package io.specgraph.engine.view.preview;

import org.commonmark.node.Code;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders images: a {@code data:image/…} image is shown; any other (web or file) is not loaded at all and shows as
 * its alt text with the address in a tooltip, so that opening a document never reaches the network.
 */
final class Images implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    Images(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
        Image image = (Image) node;
        String url = image.getDestination() == null ? "" : image.getDestination().strip();
        String alt = altText(image);
        Map<String, String> attrs = new LinkedHashMap<>();
        if (url.toLowerCase(Locale.ROOT).startsWith("data:image/")) {
            attrs.put("src", context.encodeUrl(url));
            attrs.put("alt", alt);
            if (image.getTitle() != null) {
                attrs.put("title", image.getTitle());
            }
            html.tag("img", context.extendAttributes(image, "img", attrs), true);
            return;
        }
        attrs.put("class", "image-blocked");
        attrs.put("title", "Image not loaded: " + url);
        html.tag("span", attrs);
        html.text("[image" + (alt.isEmpty() ? "" : ": " + alt) + "]");
        html.tag("/span");
    }

    private static String altText(Node image) {
        StringBuilder b = new StringBuilder();
        collect(image, b);
        return b.toString().strip();
    }

    private static void collect(Node parent, StringBuilder b) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) {
                b.append(((Text) n).getLiteral());
            } else if (n instanceof Code) {
                b.append(((Code) n).getLiteral());
            } else if (n.getFirstChild() == null) {
                b.append(' ');
            } else {
                collect(n, b);
            }
        }
    }
}
