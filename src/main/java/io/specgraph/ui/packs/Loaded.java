package io.specgraph.ui.packs;

import io.specgraph.engine.Workspace;
import io.specgraph.model.Node;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

import java.util.Optional;

/** Opening a document once the workbench's next snapshot holds it (after a write and a reload). */
final class Loaded {

    private Loaded() {
    }

    /** Opens the node read from {@code repo/path} in the first snapshot that has it. */
    static void open(WorkbenchModel wb, Navigator nav, String repo, String path) {
        ReadOnlyObjectProperty<Workspace> snapshot = wb.model().workspaceProperty();
        snapshot.addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Workspace> o, Workspace a, Workspace b) {
                Optional<Node> n = b == null ? Optional.empty() : b.graph().nodes().stream()
                        .filter(x -> x.repo().equals(repo) && x.path().equals(path)).findFirst();
                if (n.isPresent()) {
                    snapshot.removeListener(this);
                    nav.openDocument(n.get().key());
                }
            }
        });
    }
}
