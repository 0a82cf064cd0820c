package io.specgraph.engine.view.preview;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;

/**
 * The self-contained mermaid bundle ({@code dist/mermaid.min.js}) of the mermaid WebJar on the class path, read once.
 * Empty when the WebJar is missing: the preview then shows diagrams as their source text.
 */
public final class MermaidBundle {

    private static final Logger LOG = LoggerFactory.getLogger(MermaidBundle.class);
    private static final String POM = "META-INF/maven/org.webjars.npm/mermaid/pom.properties";
    private static final String SCRIPT = "META-INF/resources/webjars/mermaid/%s/dist/mermaid.min.js";

    private MermaidBundle() {
    }

    /** The mermaid version bundled, e.g. {@code 11.14.0}. */
    public static Optional<String> version() {
        return Holder.VERSION;
    }

    /** The whole script (about 3 MB of JavaScript). */
    public static Optional<String> script() {
        return Holder.SCRIPT_TEXT;
    }

    private static final class Holder {
        static final Optional<String> VERSION = readVersion();
        static final Optional<String> SCRIPT_TEXT = VERSION.flatMap(v -> read(String.format(SCRIPT, v)));

        private static Optional<String> readVersion() {
            try (InputStream in = MermaidBundle.class.getClassLoader().getResourceAsStream(POM)) {
                if (in == null) {
                    LOG.warn("No mermaid WebJar on the class path: diagrams are shown as text");
                    return Optional.empty();
                }
                Properties p = new Properties();
                p.load(in);
                return Optional.ofNullable(p.getProperty("version"));
            } catch (IOException e) {
                LOG.warn("Cannot read {}: {}", POM, e.toString());
                return Optional.empty();
            }
        }

        private static Optional<String> read(String resource) {
            try (InputStream in = MermaidBundle.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    LOG.warn("No {} on the class path: diagrams are shown as text", resource);
                    return Optional.empty();
                }
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                LOG.warn("Cannot read {}: {}", resource, e.toString());
                return Optional.empty();
            }
        }
    }
}
