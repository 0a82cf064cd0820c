package io.specgraph.ui.editor;

import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editor's views of one document (Form, Raw, …) and the segmented toggle that switches them, built from a
 * list: {@link #add} a view with its content and what to do before it shows. One view is always selected; only it
 * is visible. Before every switch {@code beforeSwitch} runs (the editor writes pending edits into the buffer).
 */
final class EditorViews {

    /** A view: its name on the toggle, its content, and what to do when it is about to show. */
    record View(String name, Node content, Runnable onShow) {
    }

    private final List<View> views = new ArrayList<>();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final ToggleGroup group = new ToggleGroup();
    private final HBox bar = new HBox();
    private final StackPane pane = new StackPane();
    private final Runnable beforeSwitch;

    EditorViews(Runnable beforeSwitch) {
        this.beforeSwitch = beforeSwitch;
        bar.setId("editor-views");
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // a segmented toggle keeps one selected
                return;
            }
            View v = views.get(buttons.indexOf((ToggleButton) now));
            if (old != null) {
                beforeSwitch.run();
            }
            v.onShow().run();
            views.forEach(w -> w.content().setVisible(w == v));
        });
    }

    /** Adds {@code view} at the end of the toggle (the first one added is selected). */
    void add(View view) {
        ToggleButton b = new ToggleButton(view.name());
        b.setId("editor-view-" + view.name().toLowerCase(java.util.Locale.ROOT));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        views.add(view);
        buttons.add(b);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the title shrinks, not the view switch
        bar.getChildren().add(b);
        view.content().setVisible(false);
        pane.getChildren().add(view.content());
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).getStyleClass().removeAll(atlantafx.base.theme.Styles.LEFT_PILL,
                    atlantafx.base.theme.Styles.CENTER_PILL, atlantafx.base.theme.Styles.RIGHT_PILL);
            if (buttons.size() > 1) {
                buttons.get(i).getStyleClass().add(i == 0 ? atlantafx.base.theme.Styles.LEFT_PILL
                        : i == buttons.size() - 1 ? atlantafx.base.theme.Styles.RIGHT_PILL
                        : atlantafx.base.theme.Styles.CENTER_PILL);
            }
        }
        if (group.getSelectedToggle() == null) {
            group.selectToggle(b);
        }
    }

    /** Shows the view named {@code name}. */
    void select(String name) {
        button(name).ifPresent(group::selectToggle);
    }

    /** The name of the view shown. */
    String selected() {
        int i = buttons.indexOf((ToggleButton) group.getSelectedToggle());
        return i < 0 ? "" : views.get(i).name();
    }

    Optional<ToggleButton> button(String name) {
        for (int i = 0; i < views.size(); i++) {
            if (views.get(i).name().equals(name)) {
                return Optional.of(buttons.get(i));
            }
        }
        return Optional.empty();
    }

    Node bar() {
        return bar;
    }

    Node pane() {
        return pane;
    }
}
