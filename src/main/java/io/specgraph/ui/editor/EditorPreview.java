package io.specgraph.ui.editor;

import io.specgraph.ui.common.ExternalLinks;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.Theme;
import io.specgraph.ui.preview.PreviewView;
import javafx.beans.value.ChangeListener;
import javafx.scene.layout.StackPane;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The editor's Preview view (docs/gui-preview.md). The WebView is made when the view is first shown — it costs
 * seconds, and most editing never needs it — and it follows the theme; web links open in the browser after asking,
 * relative links open the document they point at.
 */
final class EditorPreview {

    static final String NAME = "Preview";

    private final StackPane pane = new StackPane();
    private final Supplier<String> text;
    private final Consumer<String> openRelative;
    private final TaskRunner tasks;
    private final ChangeListener<Boolean> onTheme = (o, a, dark) -> preview().setDark(dark);
    private PreviewView preview;

    EditorPreview(Supplier<String> text, Consumer<String> openRelative, TaskRunner tasks) {
        this.text = text;
        this.openRelative = openRelative;
        this.tasks = tasks;
        pane.setId("editor-preview");
    }

    EditorViews.View view() {
        return new EditorViews.View(NAME, pane, () -> preview().show(text.get()));
    }

    private PreviewView preview() {
        if (preview == null) {
            preview = new PreviewView(ExternalLinks::open, openRelative, tasks);
            preview.setDark(Theme.darkProperty().get());
            Theme.darkProperty().addListener(onTheme);
            pane.getChildren().add(preview.root());
        }
        return preview;
    }

    /** True once the WebView exists. */
    boolean started() {
        return preview != null;
    }

    void dispose() {
        Theme.darkProperty().removeListener(onTheme);
    }
}
