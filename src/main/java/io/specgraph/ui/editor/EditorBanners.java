package io.specgraph.ui.editor;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * The editor's bars above and below the text: the last note (an error in the danger colour), the question when the
 * file changed on disk while edited (reload / keep mine / show the diff), the offer of a recovered draft (restore /
 * discard), the diff, and the save / discard / cancel question when a dirty tab closes.
 */
final class EditorBanners {

    /** What to do with unsaved edits when the tab closes. */
    enum CloseChoice { SAVE, DISCARD, CANCEL }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private EditorBanners() {
    }

    static Node of(EditorModel model, DocumentEditor editor) {
        Label note = new Label();
        note.setId("editor-note");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty().map(EditorNote::text));
        model.noteProperty().addListener((o, a, n) -> note.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("error"), n.error()));
        note.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"),
                model.noteProperty().get().error());
        note.getStyleClass().add("sg-editor-note");
        show(note, note.textProperty().isNotEmpty());

        Button reload = button("editor-reload", "Reload from disk", "mdi2r-refresh", model::reloadFromDisk);
        Button keep = button("editor-keep", "Keep mine", "mdi2c-content-save-edit-outline", model::keepMine);
        Button diff = button("editor-show-diff", "Show the diff", "mdi2f-file-compare", model::showDiff);
        HBox conflict = bar("editor-conflict", new Label("The file changed on disk while you were editing it."),
                reload, keep, diff);
        show(conflict, model.conflictProperty());

        Label recovered = new Label();
        recovered.textProperty().bind(model.draftProperty().map(d -> "Unsaved edits from " + TIME.format(d.saved())
                + " were recovered (the app did not close normally)."));
        Button restore = button("editor-restore", "Restore", "mdi2b-backup-restore", () -> model.restoreDraft());
        Button discard = button("editor-discard-draft", "Discard", "mdi2d-delete-outline", model::discardDraft);
        HBox draft = bar("editor-recovery", recovered, restore, discard);
        show(draft, model.draftProperty().isNotNull());
        return new VBox(note, conflict, draft);
    }

    static Node diff(EditorModel model) {
        TextArea text = new TextArea();
        text.setId("editor-diff");
        text.setEditable(false);
        text.getStyleClass().add("sg-editor-diff");
        text.textProperty().bind(model.diffProperty());
        text.setPrefRowCount(12);
        Button hide = button("editor-hide-diff", "Hide the diff", "mdi2c-close", model::hideDiff);
        VBox box = new VBox(4, hide, text);
        show(box, model.diffProperty().isNotEmpty());
        return box;
    }

    private static Button button(String id, String text, String icon, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox bar(String id, Label text, Button... buttons) {
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, text, grow);
        bar.getChildren().addAll(buttons);
        bar.setId(id);
        bar.getStyleClass().add("sg-editor-banner");
        return bar;
    }

    private static void show(Node n, javafx.beans.value.ObservableValue<Boolean> when) {
        n.visibleProperty().bind(Bindings.createBooleanBinding(() -> Boolean.TRUE.equals(when.getValue()), when));
        n.managedProperty().bind(n.visibleProperty());
    }

    /** Asks (modal) what to do with the unsaved edits of {@code title}. */
    static CloseChoice askOnClose(Node owner, String title) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", save, discard, cancel);
        a.setTitle("Unsaved changes");
        a.setHeaderText(title.replace(" •", "") + " has unsaved changes. Save them before closing?");
        if (owner.getScene() != null) {
            a.initOwner(owner.getScene().getWindow());
        }
        Optional<ButtonType> r = a.showAndWait();
        if (r.isEmpty() || r.get() == cancel) {
            return CloseChoice.CANCEL;
        }
        return r.get() == save ? CloseChoice.SAVE : CloseChoice.DISCARD;
    }
}
