package io.specgraph.app;

import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.common.NodeAction;
import io.specgraph.ui.openspec.OpenSpecActions;
import io.specgraph.ui.packs.ContextPackDialog;
import io.specgraph.ui.packs.RebaseDialog;
import io.specgraph.ui.shell.MainWindow;
import io.specgraph.ui.shell.WorkbenchModel;
import io.specgraph.ui.wizard.FanOutDialog;
import io.specgraph.ui.wizard.HotfixDialog;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * The workflows offered on a node, by kind and state (docs/gui-workflows.md): they open the dialogs of the wizard,
 * pack, ADR and OpenSpec features, which ask before they write. Wired here so that the shell knows none of them.
 */
final class NodeActions implements NodeAction.Source {

    private final MainWindow window;
    private final WorkbenchModel wb;

    private final OpenSpecActions openSpec;

    NodeActions(MainWindow window, WorkbenchModel wb) {
        this.window = window;
        this.wb = wb;
        this.openSpec = new OpenSpecActions(wb.model(), wb::reload);
        wb.selectedProperty().addListener((o, a, key) -> openSpec.show(key));
        window.addInspectorPanel(openSpec.root());
    }

    @Override
    public List<NodeAction> actions(String nodeKey) {
        if (wb.model().get() == null) {
            return List.of();
        }
        Node n = wb.model().get().graph().node(nodeKey).orElse(null);
        if (n == null) {
            return List.of();
        }
        List<NodeAction> out = new ArrayList<>();
        if (n.kind() == NodeKind.PLATFORM_SPEC) {
            out.add(new NodeAction("Fan out to component repos…", "mdi2s-source-fork",
                    () -> FanOutDialog.show(owner(), wb, window, n.key())));
        }
        if (n.kind() == NodeKind.COMPONENT_SPEC || n.kind() == NodeKind.BUG || n.kind() == NodeKind.HOTFIX) {
            out.add(new NodeAction("Route a hotfix…", "mdi2f-fire",
                    () -> HotfixDialog.show(owner(), wb, window, n.repo())));
        }
        if (n.kind() == NodeKind.CONTEXT_PACK) {
            out.add(new NodeAction("Build the next version…", "mdi2p-package-variant-closed-plus",
                    () -> ContextPackDialog.show(owner(), wb, window, n.key())));
        }
        if (n.state() == LifecycleState.PAUSED) {
            out.add(new NodeAction("Rebase onto a newer context pack…", "mdi2s-source-branch-sync",
                    () -> RebaseDialog.show(owner(), wb, window, n.key())));
        }
        if (n.kind() == NodeKind.ADR) {
            out.add(new NodeAction("Review on the ADR board", "mdi2v-view-column-outline",
                    () -> window.showBoard("adr")));
        }
        return out;
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }
}
