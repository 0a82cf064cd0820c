package io.specgraph;

import javafx.application.Platform;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.util.concurrent.TimeUnit;

/**
 * Stops JavaFX in order when the test run ends, before the JVM exits: the FX thread leaves its loop and WebKit
 * (the preview's WebView) tears down on it, instead of being cut off by JVM exit while it runs — which aborted the
 * test JVM once in CI (SIGABRT after every test had passed). Registered in
 * META-INF/services/org.junit.platform.launcher.LauncherSessionListener.
 */
public final class FxShutdown implements LauncherSessionListener {

    private static final String FX_THREAD = "JavaFX Application Thread";

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        Thread fx = Thread.getAllStackTraces().keySet().stream().filter(t -> FX_THREAD.equals(t.getName()))
                .findFirst().orElse(null);
        if (fx == null || !fx.isAlive()) {
            return;
        }
        Platform.exit();
        try {
            fx.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
