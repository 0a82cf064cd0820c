package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.Completions;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import java.util.List;
import java.util.function.Function;

/**
 * A reference field with completion: typing (or Down, or Ctrl+Space) opens a list of the candidates matching the
 * text — the last item for a list field — with their title and state; Up/Down move, Enter or a click inserts the
 * chosen reference, Escape closes the list. The keys are read by the text field, so the list never takes focus.
 */
final class ReferenceField {

    private static final int ROWS = 8;

    private final TextField text = new TextField();
    private final ListView<Completions.Candidate> list = new ListView<>();
    private final Popup popup = new Popup();
    private final Function<String, List<Completions.Candidate>> source;
    private final boolean multiple;
    private boolean accepting;
    private Runnable closed = () -> { };

    ReferenceField(Function<String, List<Completions.Candidate>> source, boolean multiple) {
        this.source = source;
        this.multiple = multiple;
        list.setCellFactory(l -> new CandidateCell());
        list.setFocusTraversable(false);
        list.setPrefWidth(460);
        list.getStyleClass().add("sg-form-completions");
        list.setOnMouseClicked(e -> accept());
        popup.getContent().add(list);
        popup.setAutoHide(true);
        popup.setOnHidden(e -> closed.run());
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        text.textProperty().addListener((o, a, t) -> {
            if (!accepting && text.isFocused()) {
                open();
            }
        });
        text.focusedProperty().addListener((o, a, f) -> {
            if (!f) {
                popup.hide();
            }
        });
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case DOWN -> {
                if (!popup.isShowing()) {
                    open();
                } else {
                    move(1);
                }
                e.consume();
            }
            case UP -> {
                move(-1);
                e.consume();
            }
            case ENTER -> {
                if (popup.isShowing() && list.getSelectionModel().getSelectedItem() != null) {
                    accept();
                    e.consume();
                }
            }
            case ESCAPE -> {
                if (popup.isShowing()) {
                    popup.hide();
                    e.consume();
                }
            }
            case SPACE -> {
                if (e.isShortcutDown()) {
                    open();
                    e.consume();
                }
            }
            default -> {
                // typing: the text listener filters
            }
        }
    }

    private void move(int by) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int i = Math.floorMod(list.getSelectionModel().getSelectedIndex() + by, size);
        list.getSelectionModel().select(i);
        list.scrollTo(i);
    }

    /** Shows the candidates matching the text (hides the list when none match). */
    void open() {
        List<Completions.Candidate> found = source.apply(Completions.query(text.getText(), multiple));
        list.getItems().setAll(found);
        if (found.isEmpty() || text.getScene() == null || text.getScene().getWindow() == null) {
            popup.hide();
            return;
        }
        list.getSelectionModel().select(0);
        list.scrollTo(0);
        list.setPrefHeight(Math.min(ROWS, found.size()) * 44 + 4);
        if (!popup.isShowing()) {
            Bounds b = text.localToScreen(text.getBoundsInLocal());
            popup.show(text, b.getMinX(), b.getMaxY());
        }
    }

    /** Inserts the selected candidate. */
    private void accept() {
        Completions.Candidate c = list.getSelectionModel().getSelectedItem();
        if (c == null) {
            return;
        }
        String now = Completions.accept(text.getText(), c.insert(), multiple);
        popup.hide();
        accepting = true;
        try {
            text.setText(now);
            text.positionCaret(text.getLength());
        } finally {
            accepting = false;
        }
    }

    /** Runs {@code r} when the list closes (a value chosen or not): the form writes what was typed then. */
    void onClosed(Runnable r) {
        closed = r;
    }

    TextField field() {
        return text;
    }

    /** The completion list (its items are what the popup shows). */
    ListView<Completions.Candidate> list() {
        return list;
    }

    boolean showing() {
        return popup.isShowing();
    }

    /** Two lines: the reference, then its title, state and repo. */
    private static final class CandidateCell extends ListCell<Completions.Candidate> {
        @Override
        protected void updateItem(Completions.Candidate c, boolean empty) {
            super.updateItem(c, empty);
            if (empty || c == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label head = new Label(c.label());
            head.setStyle("-fx-font-weight: bold;");
            Label detail = new Label(c.detail());
            detail.getStyleClass().add(io.specgraph.ui.common.Styles.MUTED);
            setText(null);
            setGraphic(new VBox(1, head, detail));
        }
    }
}
