package io.specgraph.app;

import io.specgraph.cli.ViewRenderer;
import io.specgraph.ui.adr.AdrBoardView;
import io.specgraph.ui.commit.ChangesView;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.WorkspaceModel;
import io.specgraph.ui.graphview.GraphView;
import io.specgraph.ui.initiatives.InitiativesView;
import io.specgraph.ui.matrix.MatrixView;
import io.specgraph.ui.queue.ReviewerQueueView;
import io.specgraph.ui.shell.MainWindow;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Parent;

/** The graph and the boards: built for the main window's fixed tabs (Ctrl+1…5) and for {@code render}. */
final class Boards {

    private Boards() {
    }

    /** One view of {@code model}. */
    static Parent view(ViewRenderer.View view, WorkspaceModel model, Navigator nav, TaskRunner tasks) {
        return switch (view) {
            case graph -> new GraphView(model, nav, tasks).root();
            case queue -> new ReviewerQueueView(model, nav).root();
            case adr_board -> new AdrBoardView(model, nav).root();
            case initiatives -> new InitiativesView(model, nav).root();
            case matrix -> new MatrixView(model, nav).root();
        };
    }

    /** Adds the graph and the boards to {@code window}; returns the graph view (to dispose of at close). */
    static GraphView addTo(MainWindow window, WorkbenchModel wb, TaskRunner tasks) {
        WorkspaceModel model = wb.model();
        GraphView graph = new GraphView(model, window, tasks);
        window.addBoard(new MainWindow.Board("graph", "Graph", "mdi2g-graph-outline", graph::root));
        window.setGraphFocus(graph::focus);
        window.addBoard(board("queue", "Reviewer queue", "mdi2c-clipboard-list-outline", ViewRenderer.View.queue,
                window, model, tasks));
        window.addBoard(new MainWindow.Board("adr", "ADR board", "mdi2v-view-column-outline",
                () -> new AdrBoardView(model, window, wb::reload).root()));
        window.addBoard(board("initiatives", "Initiatives", "mdi2f-flag-outline", ViewRenderer.View.initiatives,
                window, model, tasks));
        window.addBoard(board("matrix", "Matrix", "mdi2t-table-large", ViewRenderer.View.matrix, window, model,
                tasks));
        window.addBoard(new MainWindow.Board("changes", "Changes", "mdi2s-source-commit",
                () -> new ChangesView(wb, tasks).root()));
        return graph;
    }

    private static MainWindow.Board board(String id, String title, String icon, ViewRenderer.View view,
                                          MainWindow window, WorkspaceModel model, TaskRunner tasks) {
        return new MainWindow.Board(id, title, icon, () -> view(view, model, window, tasks));
    }
}
