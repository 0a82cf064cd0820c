package io.specgraph.app;

import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.shell.MainWindow;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.control.Label;

/** The graph and the boards in the main window's fixed tabs, in the order of Ctrl+1…5. */
final class Boards {

    private Boards() {
    }

    static void addTo(MainWindow window, WorkbenchModel wb, FxTaskRunner tasks) {
        window.addBoard(new MainWindow.Board("graph", "Graph", "mdi2g-graph-outline", new Label("Graph")));
        window.addBoard(new MainWindow.Board("queue", "Reviewer queue", "mdi2c-clipboard-list-outline",
                new Label("Reviewer queue")));
        window.addBoard(new MainWindow.Board("adr", "ADR board", "mdi2v-view-column-outline", new Label("ADR board")));
        window.addBoard(new MainWindow.Board("initiatives", "Initiatives", "mdi2f-flag-outline",
                new Label("Initiatives")));
        window.addBoard(new MainWindow.Board("matrix", "Matrix", "mdi2t-table-large", new Label("Matrix")));
    }
}
