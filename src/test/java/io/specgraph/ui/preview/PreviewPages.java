package io.specgraph.ui.preview;

import javafx.concurrent.Worker;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/** Reading a {@link PreviewView}'s page from a test thread: scripts run on the FX thread, waits poll. */
final class PreviewPages {

    private PreviewPages() {
    }

    /** The result of {@code script} in the page. */
    static Object js(PreviewView view, String script) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> view.engine().executeScript(script)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("script failed: " + script, e);
        }
    }

    /**
     * Waits until the page is loaded, its text holds {@code text} and no diagram is still being drawn; returns the
     * milliseconds waited.
     */
    static double awaitRendered(PreviewView view, String text) {
        long start = System.nanoTime();
        String check = "window.specgraph !== undefined && window.specgraph.diagrams !== 'pending'"
                + " && document.getElementById('doc').textContent.indexOf('" + text.replace("'", "\\'") + "') >= 0";
        while (true) {
            Boolean done;
            try {
                done = WaitForAsyncUtils.asyncFx(() -> loaded(view) && Boolean.TRUE.equals(
                        view.engine().executeScript(check))).get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            double ms = (System.nanoTime() - start) / 1e6;
            if (done) {
                return ms;
            }
            if (ms > 30_000) {
                throw new AssertionError("the preview did not show '" + text + "' within 30 s");
            }
            sleep(10);
        }
    }

    private static boolean loaded(PreviewView view) {
        return view.engine().getLoadWorker().getState() == Worker.State.SUCCEEDED;
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
