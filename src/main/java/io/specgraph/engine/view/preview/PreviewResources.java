package io.specgraph.engine.view.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The preview page's stylesheet and script, shipped beside this class and read once. */
final class PreviewResources {

    private static final String CSS = read("preview.css");
    private static final String JS = read("preview.js");

    private PreviewResources() {
    }

    static String css() {
        return CSS;
    }

    static String js() {
        return JS;
    }

    private static String read(String name) {
        try (InputStream in = PreviewResources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + PreviewResources.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
