package io.specgraph.engine.view.preview;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a link clicked in the preview may open. The preview never follows a link itself: web and mail links are
 * opened outside the application after the user agrees, relative links may open the document they name, and
 * anything else (other schemes, {@code data:}, {@code file:}) is ignored.
 *
 * @param kind   what the link is
 * @param target the link as written (for a document: without its {@code #fragment})
 */
public record PreviewLink(Kind kind, String target) {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    public enum Kind {
        /** http, https or mailto: open in the user's browser or mail program, after asking. */
        EXTERNAL,
        /** A relative path, e.g. {@code ../platform/PLAT-124.md}: another document of the workspace. */
        DOCUMENT,
        /** Nothing to open. */
        IGNORED
    }

    /** Classifies {@code href} as written in the page. */
    public static PreviewLink of(String href) {
        String h = href == null ? "" : href.strip();
        int colon = h.indexOf(':');
        if (colon > 0 && SCHEME.matcher(h.substring(0, colon)).matches()) {
            String scheme = h.substring(0, colon).toLowerCase(Locale.ROOT);
            boolean external = (scheme.equals("http") || scheme.equals("https")) && h.length() > colon + 3
                    || scheme.equals("mailto") && h.length() > colon + 1;
            return new PreviewLink(external ? Kind.EXTERNAL : Kind.IGNORED, h);
        }
        if (h.startsWith("//")) {
            return new PreviewLink(Kind.IGNORED, h);
        }
        int hash = h.indexOf('#');
        String path = hash >= 0 ? h.substring(0, hash) : h;
        return path.isEmpty() ? new PreviewLink(Kind.IGNORED, h) : new PreviewLink(Kind.DOCUMENT, decode(path));
    }

    /** {@code path} with its percent-escapes decoded ({@code my%20spec.md} → {@code my spec.md}), or as is. */
    private static String decode(String path) {
        try {
            String decoded = new URI(path).getPath();
            return decoded == null || decoded.isEmpty() ? path : decoded;
        } catch (URISyntaxException e) {
            return path;
        }
    }
}
