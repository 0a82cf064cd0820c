package io.specgraph.ui.shell;

import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.HealthIndex;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Locale;

/**
 * The workspace tree: repos with their git health, then node kinds with counts, then documents with gate badges.
 * A filter field narrows it to matching documents. Selecting a document selects its node; double-click opens it.
 */
public final class WorkspaceTreeView {

    private final WorkbenchModel wb;
    private final Navigator nav;
    private final TreeView<TreeEntry> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private final VBox root;
    private List<TreeEntry> entries = List.of();
    private boolean syncing;

    public WorkspaceTreeView(WorkbenchModel wb, Navigator nav) {
        this.wb = wb;
        this.nav = nav;
        tree.setId("workspace-tree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new Cell());
        filter.setPromptText("Filter documents");
        filter.setId("tree-filter");
        filter.textProperty().addListener((o, a, b) -> rebuild());
        VBox.setVgrow(tree, Priority.ALWAYS);
        root = new VBox(4, filter, tree);
        wb.model().workspaceProperty().addListener((o, a, b) -> refresh());
        wb.repoHealth().addListener((javafx.collections.ListChangeListener<Object>) c -> refresh());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && b.getValue().nodeKey() != null) {
                nav.select(b.getValue().nodeKey());
            }
        });
        tree.setOnMouseClicked(e -> {
            TreeItem<TreeEntry> item = tree.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && item != null && item.getValue().nodeKey() != null) {
                nav.openDocument(item.getValue().nodeKey());
            }
        });
        wb.selectedProperty().addListener((o, a, b) -> reveal(b));
        refresh();
    }

    public Parent root() {
        return root;
    }

    public TreeView<TreeEntry> tree() {
        return tree;
    }

    private void refresh() {
        if (wb.model().get() == null) {
            return;
        }
        entries = TreeEntry.of(wb.model().get(), List.copyOf(wb.repoHealth()), HealthIndex.of(wb.model().get()));
        rebuild();
    }

    private void rebuild() {
        String q = filter.getText() == null ? "" : filter.getText().trim().toLowerCase(Locale.ROOT);
        TreeItem<TreeEntry> top = new TreeItem<>();
        for (TreeEntry repo : entries) {
            TreeItem<TreeEntry> r = item(repo, q);
            if (r != null) {
                r.setExpanded(true);
                top.getChildren().add(r);
            }
        }
        syncing = true;
        tree.setRoot(top);
        syncing = false;
        reveal(wb.selectedProperty().get());
    }

    private static TreeItem<TreeEntry> item(TreeEntry e, String q) {
        TreeItem<TreeEntry> it = new TreeItem<>(e);
        for (TreeEntry c : e.children()) {
            TreeItem<TreeEntry> ci = item(c, q);
            if (ci != null) {
                it.getChildren().add(ci);
            }
        }
        boolean match = e.type() == TreeEntry.Type.DOCUMENT && (q.isEmpty()
                || e.label().toLowerCase(Locale.ROOT).contains(q));
        if (!q.isEmpty()) {
            it.setExpanded(true);
        }
        return match || !it.getChildren().isEmpty() || q.isEmpty() && e.type() != TreeEntry.Type.DOCUMENT ? it : null;
    }

    /** Selects (and scrolls to) the row of {@code key} without echoing the selection back. */
    private void reveal(String key) {
        if (key == null || tree.getRoot() == null) {
            return;
        }
        TreeItem<TreeEntry> found = find(tree.getRoot(), key);
        if (found != null && found != tree.getSelectionModel().getSelectedItem()) {
            for (TreeItem<TreeEntry> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            syncing = true;
            tree.getSelectionModel().select(found);
            syncing = false;
            int row = tree.getRow(found);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static TreeItem<TreeEntry> find(TreeItem<TreeEntry> item, String key) {
        if (item.getValue() != null && key.equals(item.getValue().nodeKey())) {
            return item;
        }
        for (TreeItem<TreeEntry> c : item.getChildren()) {
            TreeItem<TreeEntry> f = find(c, key);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static final class Cell extends TreeCell<TreeEntry> {
        @Override
        protected void updateItem(TreeEntry e, boolean empty) {
            super.updateItem(e, empty);
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(null);
            FontIcon icon = e.kind() != null ? KindStyle.of(e.kind()).newIcon()
                    : new FontIcon("mdi2s-source-repository");
            Label label = new Label(e.label());
            Label detail = new Label(e.detail());
            detail.getStyleClass().add(Styles.MUTED);
            HBox box = new HBox(6, icon);
            if (e.level() != Health.Level.OK && (e.type() == TreeEntry.Type.DOCUMENT || e.failing() > 0)) {
                Label badge = new Label(e.type() == TreeEntry.Type.DOCUMENT
                        ? (e.level() == Health.Level.FAIL ? "fail" : "warn") : String.valueOf(e.failing()));
                badge.getStyleClass().addAll(Styles.BADGE,
                        e.level() == Health.Level.FAIL ? Styles.BADGE_FAIL : Styles.BADGE_WARN);
                badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                box.getChildren().add(badge);
            }
            box.getChildren().addAll(label, detail);
            setGraphic(box);
        }
    }
}
