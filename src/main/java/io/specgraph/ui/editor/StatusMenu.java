package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.StatusChange;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;

/** The status control's menu (the header's and the form's): the legal next states; a refused one says why. */
final class StatusMenu {

    private StatusMenu() {
    }

    /** A button showing the current status that offers the legal next states, filled each time it opens. */
    static MenuButton of(EditorModel model, Runnable beforeChange, String id) {
        MenuButton status = new MenuButton();
        status.setId(id);
        status.textProperty().bind(model.currentStatusProperty().map(s -> "Status: " + (s.isEmpty() ? "—" : s)));
        status.setOnShowing(e -> fill(status, model, beforeChange));
        fill(status, model, beforeChange);
        status.disableProperty().bind(model.readOnlyProperty());
        return status;
    }

    /** Fills {@code status} with the legal next states; choosing one runs {@code beforeChange}, then changes. */
    static void fill(MenuButton status, EditorModel model, Runnable beforeChange) {
        List<StatusChange.Option> options = model.statusOptions();
        status.getItems().clear();
        for (StatusChange.Option o : options) {
            MenuItem item = new MenuItem(o.state().label() + (o.allowed() ? "" : "  (gates fail)"),
                    new FontIcon(o.allowed() ? "mdi2a-arrow-right" : "mdi2l-lock-outline"));
            item.setId(status.getId() + "-" + o.state().name().toLowerCase(Locale.ROOT));
            item.setOnAction(e -> {
                beforeChange.run();
                model.changeStatus(o.state());
            });
            status.getItems().add(item);
        }
        if (options.isEmpty()) {
            MenuItem none = new MenuItem("No status changes here");
            none.setDisable(true);
            status.getItems().add(none);
        }
    }
}
