package io.specgraph.ui.preview;

import io.specgraph.engine.view.preview.BlockPatch;
import io.specgraph.engine.view.preview.MermaidBundle;
import io.specgraph.engine.view.preview.PreviewHtml;
import io.specgraph.engine.view.preview.PreviewLink;
import io.specgraph.engine.view.preview.PreviewOptions;
import io.specgraph.ui.common.TaskRunner;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebEvent;
import javafx.scene.web.WebView;
import javafx.util.Duration;
import netscape.javascript.JSException;
import netscape.javascript.JSObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The rendered document in a WebView. {@link #show} re-renders after a short pause: only the blocks that changed are
 * replaced in the page shown (the scroll position and the other diagrams stay); the first diagram, which needs the
 * mermaid bundle, and a theme switch reload the page, scrolled back to where it was. Links never navigate inside the
 * view: web and mail links open outside the app after the user agrees, relative links go to
 * {@code openDocumentLink}. The context menu is off; JavaScript runs only for the bundled mermaid and the
 * page's link handler (the page's Content-Security-Policy and the escaping keep a document's scripts from running).
 */
public final class PreviewView {

    static final Duration PAUSE = Duration.millis(150);
    static final String LINK_PREFIX = "specgraph-link:";
    private static final Logger LOG = LoggerFactory.getLogger(PreviewView.class);

    private final StackPane root = new StackPane();
    private final WebView web = new WebView();
    private final WebEngine engine = web.getEngine();
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final Consumer<String> openLink;
    private final Consumer<String> openDocumentLink;
    private final TaskRunner tasks;
    private TaskRunner.Handle rendering;
    private Predicate<String> confirm = PreviewView::askToOpen;
    private PreviewOptions options = PreviewOptions.lightTheme();
    private String pending = "";
    private String shown;
    private List<String> shownBlocks = List.of();
    private boolean pageHasDiagrams;
    private double restoreScroll;
    private long applyNanos;

    /** A preview whose web links go to {@code openLink} (e.g. {@code HostServices::showDocument}) after asking. */
    public PreviewView(Consumer<String> openLink) {
        this(openLink, href -> LOG.debug("No document opener for {}", href), TaskRunner.inline());
    }

    /**
     * @param openLink         opens a web or mail link outside the app; called only after the user agreed
     * @param openDocumentLink opens a relative link (the path as written, decoded, without {@code #fragment})
     * @param tasks            renders the markdown to HTML in the background (the app's runner; {@code inline()}
     *                         renders on the FX thread)
     */
    public PreviewView(Consumer<String> openLink, Consumer<String> openDocumentLink, TaskRunner tasks) {
        this.openLink = Objects.requireNonNull(openLink, "openLink");
        this.openDocumentLink = Objects.requireNonNull(openDocumentLink, "openDocumentLink");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        web.setContextMenuEnabled(false);
        engine.setJavaScriptEnabled(true);
        engine.setCreatePopupHandler(features -> null);
        engine.setOnAlert(this::onAlert);
        engine.setConfirmHandler(message -> false);
        engine.setPromptHandler(prompt -> null);
        engine.locationProperty().addListener((o, was, now) -> refuseNavigation(now));
        engine.getLoadWorker().stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED && restoreScroll > 0) {
                call("scrollTo", 0, restoreScroll);
                restoreScroll = 0;
            }
        });
        pause.setOnFinished(e -> render(pending));
        root.getStyleClass().add("preview");
        root.getChildren().add(web);
    }

    public Parent root() {
        return root;
    }

    /** Shows {@code markdown} after a short pause (typing re-renders once it stops). */
    public void show(String markdown) {
        pending = markdown == null ? "" : markdown;
        pause.playFromStart();
    }

    /** Shows {@code markdown} now. */
    public void showNow(String markdown) {
        pause.stop();
        pending = markdown == null ? "" : markdown;
        render(pending);
    }

    /** Switches between light and dark colours (the page is rendered again). */
    public void setDark(boolean dark) {
        if (options.dark() == dark) {
            return;
        }
        options = options.withDark(dark);
        if (shown != null) {
            String markdown = shown;
            shown = null;
            render(markdown);
        }
    }

    /** Replaces the question asked before a link opens outside the app (tests). */
    void setConfirm(Predicate<String> confirm) {
        this.confirm = Objects.requireNonNull(confirm);
    }

    WebEngine engine() {
        return engine;
    }

    private void render(String markdown) {
        if (rendering != null) {
            rendering.cancel();
        }
        if (markdown.equals(shown)) {
            return;
        }
        rendering = tasks.run("Rendering the preview", () -> PreviewHtml.body(markdown),
                body -> apply(markdown, body),
                e -> LOG.warn("Preview could not be rendered: {}", e.toString()));
    }

    private void apply(String markdown, PreviewHtml.Body body) {
        long start = System.nanoTime();
        boolean loaded = engine.getLoadWorker().getState() == Worker.State.SUCCEEDED && shown != null;
        boolean needsMermaid = body.diagrams() && !pageHasDiagrams && MermaidBundle.script().isPresent();
        shown = markdown;
        if (loaded && !needsMermaid && patch(BlockPatch.between(shownBlocks, body.blocks()))) {
            shownBlocks = body.blocks();
        } else {
            if (loaded) {
                restoreScroll = number(engine.executeScript("window.scrollY"));
            }
            shownBlocks = body.blocks();
            pageHasDiagrams = body.diagrams() && MermaidBundle.script().isPresent();
            engine.loadContent(PreviewHtml.page(body, options));
        }
        applyNanos = System.nanoTime() - start;
    }

    /** How long the last render took on the FX thread, once its HTML was ready (benchmark). */
    long applyNanos() {
        return applyNanos;
    }

    /** Replaces the blocks that changed in the page shown; false when the page cannot be patched. */
    private boolean patch(BlockPatch patch) {
        if (patch.isEmpty()) {
            return true;
        }
        try {
            Object state = engine.executeScript("window.specgraph");
            if (state instanceof JSObject) {
                ((JSObject) state).call("patch", patch.start(), patch.remove(), PreviewHtml.Body.html(patch.insert()));
                return true;
            }
        } catch (JSException e) {
            LOG.debug("Preview patch failed, reloading: {}", e.getMessage());
        }
        return false;
    }

    private void call(String function, Object... args) {
        try {
            ((JSObject) engine.executeScript("window")).call(function, args);
        } catch (JSException | ClassCastException e) {
            LOG.debug("Preview {} failed: {}", function, e.getMessage());
        }
    }

    private void onAlert(WebEvent<String> event) {
        String data = event.getData();
        if (data != null && data.startsWith(LINK_PREFIX)) {
            String href = data.substring(LINK_PREFIX.length());
            Platform.runLater(() -> open(PreviewLink.of(href)));
        }
    }

    private void open(PreviewLink link) {
        switch (link.kind()) {
            case EXTERNAL -> {
                if (confirm.test(link.target())) {
                    openLink.accept(link.target());
                }
            }
            case DOCUMENT -> openDocumentLink.accept(link.target());
            case IGNORED -> LOG.debug("Preview link ignored: {}", link.target());
        }
    }

    /** The page is loaded with loadContent (no location); anything that navigates elsewhere is stopped. */
    private void refuseNavigation(String location) {
        if (location != null && !location.isEmpty() && !location.equals("about:blank")) {
            LOG.warn("Preview refused to navigate to {}", location);
            Platform.runLater(() -> {
                engine.getLoadWorker().cancel();
                String markdown = shown;
                shown = null;
                render(markdown == null ? "" : markdown);
            });
        }
    }

    private static boolean askToOpen(String url) {
        ButtonType open = new ButtonType("Open", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", open, ButtonType.CANCEL);
        alert.setTitle("Open link");
        alert.setHeaderText("Open " + url + " in your browser?");
        alert.setContentText("The link leads outside Specgraph.");
        return alert.showAndWait().filter(open::equals).isPresent();
    }

    private static double number(Object value) {
        return value instanceof Number ? ((Number) value).doubleValue() : 0;
    }
}
