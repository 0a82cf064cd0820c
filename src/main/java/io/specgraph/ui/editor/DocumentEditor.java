package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.Highlighting;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A document tab: the node's file as written, in a code area with line numbers and markdown highlighting, and the
 * live gate panel beside it. After a pause in typing the buffer is re-checked in the background
 * ({@link WorkbenchModel#edited}) and the panel follows the next snapshot. Ctrl+S saves atomically; unsaved
 * buffers are autosaved to the recovery folder; a change on disk is reloaded when there are no local edits and
 * asked about otherwise. The status button offers the lifecycle's legal next states.
 */
public final class DocumentEditor {

    static final Duration PAUSE = Duration.millis(300);
    static final Duration AUTOSAVE = Duration.seconds(5);
    private static final KeyCombination SAVE = KeyCombination.keyCombination("Shortcut+S");
    static final String RAW = "Raw";
    static final String FORM = "Form";

    private final EditorModel model;
    private final TaskRunner tasks;
    private final CodeArea area = new CodeArea();
    private final GatePanelView gates;
    private final MenuButton status;
    private final FormModel form;
    private final FormView formView;
    private final EditorViews views = new EditorViews(this::flush);
    private final EditorPreview preview;
    private Navigator nav = Navigator.NONE;
    private final PauseTransition pause = new PauseTransition(PAUSE);
    private final Timeline autosave = new Timeline();
    private final BorderPane root = new BorderPane();
    private final ObservableValue<Boolean> windowFocused;
    private boolean replacing;
    private long revision;

    public DocumentEditor(WorkbenchModel wb, String nodeKey, TaskRunner tasks) {
        this.tasks = tasks;
        this.model = new EditorModel(wb, nodeKey, tasks);
        this.gates = new GatePanelView(this::open);
        this.status = StatusMenu.of(model, this::flush, "editor-status");
        this.form = new FormModel(() -> wb.model().get(), model::node);
        this.formView = new FormView(form, model, this::formTyping, this::flush);
        this.preview = new EditorPreview(area::getText, href -> openRelative(wb, href), tasks);
        area.setId("editor-text");
        area.getStyleClass().add("sg-editor-text");
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        area.setEditable(!model.readOnlyProperty().get());
        area.replaceText(model.textProperty().get());
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        highlight(area.getText());
        area.plainTextChanges().subscribe(c -> changed());
        model.textProperty().addListener((o, a, t) -> replace(t));
        pause.setOnFinished(e -> flush());
        model.panelProperty().addListener((o, a, p) -> gates.show(p));
        gates.show(model.panelProperty().get());
        EditorFixes.wire(gates, model, wb, tasks, this::flush);

        views.add(new EditorViews.View(RAW, new VirtualizedScrollPane<>(area), () -> { }));
        views.add(new EditorViews.View(FORM, formView.root(), this::showForm));
        views.add(preview.view());
        SplitPane split = new SplitPane(views.pane(), gates.root());
        split.setDividerPositions(0.7);
        root.setTop(new VBox(header(wb, nodeKey), EditorBanners.of(model, this)));
        root.setCenter(split);
        root.setBottom(EditorBanners.diff(model));
        root.getStyleClass().add("sg-editor");
        root.getStylesheets().add(DocumentEditor.class.getResource("/io/specgraph/ui/editor/editor.css")
                .toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                save();
                e.consume();
            }
        });
        windowFocused = root.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::focusedProperty);
        windowFocused.addListener((o, a, focused) -> {
            if (Boolean.TRUE.equals(focused)) {
                model.checkDisk();
            }
        });
        autosave.getKeyFrames().add(new KeyFrame(AUTOSAVE, e -> model.autosave()));
        autosave.setCycleCount(Animation.INDEFINITE);
        autosave.play();
    }

    private HBox header(WorkbenchModel wb, String nodeKey) {
        Label title = new Label(nodeKey);
        title.getStyleClass().add(Styles.TITLE);
        wb.model().get().graph().node(nodeKey).ifPresent(n -> describe(title, n));
        Button save = new Button("Save", new FontIcon("mdi2c-content-save-outline"));
        save.setId("editor-save");
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> save());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        status.setMinWidth(Region.USE_PREF_SIZE); // the title shrinks, not the controls
        save.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(8, title, grow, views.bar(), status, save);
        bar.getStyleClass().add("sg-editor-bar");
        return bar;
    }

    private static void describe(Label title, Node n) {
        title.setText(n.id() + "  " + n.title() + "   " + n.repo() + "/" + n.path());
        title.setGraphic(KindStyle.of(n.kind()).newIcon());
    }

    /** The legal next states; a refused one says why when chosen. */
    void fillStatusMenu() {
        StatusMenu.fill(status, model, this::flush);
    }

    /** An edit in the form: the buffer is dirty now and is written and re-checked after the pause. */
    private void formTyping() {
        revision++;
        model.typing();
        pause.playFromStart();
    }

    /** Before the form shows: reads it from the buffer unless it was read from this very text. */
    private void showForm() {
        String text = area.getText();
        if (model.readOnlyProperty().get()) {
            form.unavailable("This file is shown read-only; see the note above");
        } else if (!form.showing(text)) {
            form.read(text);
        }
    }

    private void changed() {
        revision++;
        if (!replacing) {
            model.typing();
        }
        pause.playFromStart();
    }

    /** Shows {@code text} with the smallest replacement (keeps the caret and the undo history sensible). */
    private void replace(String text) {
        String now = area.getText();
        if (now.equals(text)) {
            return;
        }
        int start = 0;
        int max = Math.min(now.length(), text.length());
        while (start < max && now.charAt(start) == text.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < max - start && now.charAt(now.length() - 1 - end) == text.charAt(text.length() - 1 - end)) {
            end++;
        }
        replacing = true;
        try {
            area.replaceText(start, now.length() - end, text.substring(start, text.length() - end));
        } finally {
            replacing = false;
        }
    }

    /** Hands the buffer to the model now (the pause ended, or before saving or changing the status). */
    void flush() {
        form.write().ifPresent(this::replace);
        pause.stop();
        String text = area.getText();
        model.edited(text);
        highlight(text);
        if (FORM.equals(views.selected())) {
            showForm();
        }
    }

    private void highlight(String text) {
        long rev = revision;
        tasks.run("Highlighting", () -> Highlighting.of(text), runs -> {
            if (rev == revision && !runs.isEmpty()) {
                area.setStyleSpans(0, spans(runs));
            }
        }, t -> { });
    }

    private static StyleSpans<Collection<String>> spans(List<Highlighting.Run> runs) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>(runs.size());
        for (Highlighting.Run r : runs) {
            b.add(r.style().isEmpty() ? Set.of() : Set.of(r.style()), r.length());
        }
        return b.create();
    }

    /** A finding's field or section in the form view, else its line in the raw view. */
    private void open(Finding f) {
        if (f.line() <= 0 || !f.path().isEmpty() && !f.path().equals(model.path())) {
            return;
        }
        if (FORM.equals(views.selected()) && formView.focus(form.target(f.line()))) {
            return;
        }
        views.select(RAW);
        goToLine(f.line());
    }

    /** Puts the caret at the start of 1-based {@code line} and scrolls to it. */
    public void goToLine(int line) {
        int p = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(p, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /** Saves now (Ctrl+S); false when nothing was written (see the note above the text). */
    public boolean save() {
        flush();
        return model.save();
    }

    /** Asks about unsaved edits before the tab closes: save, discard or cancel. True when the tab may close. */
    public boolean confirmClose() {
        if (model.dirtyProperty().get()) {
            flush();
        }
        if (!model.dirtyProperty().get()) {
            dispose();
            return true;
        }
        return switch (EditorBanners.askOnClose(root, model.titleProperty().get())) {
            case SAVE -> {
                boolean saved = model.save();
                if (saved) {
                    dispose();
                }
                yield saved;
            }
            case DISCARD -> {
                model.discardAndClose();
                dispose();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Stops timers and listeners (the tab closed). */
    /** Where relative links in the preview lead (the main window). */
    public void setNavigator(Navigator nav) {
        this.nav = nav == null ? Navigator.NONE : nav;
    }

    private void openRelative(WorkbenchModel wb, String href) {
        java.util.Optional<String> key = EditorLinks.resolve(wb.model().get(), model.repo(), model.path(), href);
        key.ifPresentOrElse(nav::openDocument, () -> model.note("No document at " + href + " in this repo", true));
    }

    public void dispose() {
        preview.dispose();
        pause.stop();
        autosave.stop();
        model.dispose();
    }

    public Parent root() {
        return root;
    }

    /** The tab title: the node id, with a dot while there are unsaved edits. */
    public ReadOnlyStringProperty titleProperty() {
        return model.titleProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return model.dirtyProperty();
    }

    /** The editor's model (state and commands without a toolkit). */
    public EditorModel model() {
        return model;
    }

    CodeArea area() {
        return area;
    }

    MenuButton statusButton() {
        return status;
    }

    GatePanelView gatePanel() {
        return gates;
    }

    /** The Form | Raw switch (a Preview is added the same way). */
    EditorViews views() {
        return views;
    }

    FormView formView() {
        return formView;
    }

    FormModel form() {
        return form;
    }
}
