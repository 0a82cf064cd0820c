package io.specgraph.ui.packs;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The pack dialogs' window and button row. */
final class Dialogs {

    private Dialogs() {
    }

    /** Shows {@code root} in a modal window over {@code owner} (may be null), with the owner's stylesheets. */
    static Stage open(Window owner, String title, Parent root) {
        return io.specgraph.ui.common.DialogWindow.open(owner, title, root);
    }

    /** Cancel and the default action, right-aligned. */
    static HBox buttons(String prefix, String action, Runnable cancel, Button[] actionOut) {
        Button no = new Button("Cancel");
        no.setId(prefix + "-cancel");
        no.setCancelButton(true);
        no.setOnAction(e -> cancel.run());
        Button yes = new Button(action);
        yes.setId(prefix + "-" + action.toLowerCase(java.util.Locale.ROOT));
        yes.setDefaultButton(true);
        actionOut[0] = yes;
        HBox row = new HBox(8, no, yes);
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }
}
