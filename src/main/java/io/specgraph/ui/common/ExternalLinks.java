package io.specgraph.ui.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Opens web and mail links outside the app (the user's browser). The app sets the opener at start
 * ({@code HostServices::showDocument}); views ask the user before they call {@link #open}.
 */
public final class ExternalLinks {

    private static final Logger LOG = LoggerFactory.getLogger(ExternalLinks.class);
    private static volatile Consumer<String> opener = url -> LOG.info("no browser to open {}", url);

    private ExternalLinks() {
    }

    /** What opens links from now on. */
    public static void setOpener(Consumer<String> browser) {
        opener = Objects.requireNonNull(browser, "browser");
    }

    /** Opens {@code url} outside the app. */
    public static void open(String url) {
        opener.accept(url);
    }
}
