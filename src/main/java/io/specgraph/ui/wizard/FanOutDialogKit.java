package io.specgraph.ui.wizard;

import io.specgraph.engine.view.workflow.FanOutResult;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.function.Supplier;

/** The parts the workflow dialogs (fan-out, hotfix) share: their window, message lines and buttons. */
final class FanOutDialogKit {

    static final String CSS = "/io/specgraph/ui/wizard/wizard.css";

    private FanOutDialogKit() {
    }

    /** Shows {@code root} in a new window titled {@code title}, modal over {@code owner} (may be null). */
    static Stage open(Window owner, String title, Parent root) {
        return io.specgraph.ui.common.DialogWindow.open(owner, title, root);
    }

    /** A wrapping line showing {@code text}; in the danger colour for a problem. */
    static Label message(String id, ObservableValue<String> text, boolean problem) {
        Label l = new Label();
        l.setId(id);
        if (problem) {
            l.getStyleClass().add("sg-new-problem");
        }
        l.setWrapText(true);
        l.textProperty().bind(text);
        return l;
    }

    /**
     * Cancel and Create ({@code <prefix>-cancel}, {@code <prefix>-create}); Create is enabled by {@code canCreate},
     * runs {@code create} and calls {@code done} when everything was written.
     */
    static HBox buttons(String prefix, ObservableBooleanValue canCreate, Supplier<FanOutResult> create,
                        Runnable done) {
        Button cancel = new Button("Cancel");
        cancel.setId(prefix + "-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> done.run());
        Button ok = new Button("Create");
        ok.setId(prefix + "-create");
        ok.setDefaultButton(true);
        ok.disableProperty().bind(Bindings.not(canCreate));
        ok.setOnAction(e -> {
            FanOutResult r = create.get();
            if (r.problems().isEmpty() && !r.written().isEmpty()) {
                done.run();
            }
        });
        HBox buttons = new HBox(8, cancel, ok);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        return buttons;
    }
}
