package io.specgraph.ui.commit;

import io.specgraph.engine.view.commit.Changes;
import io.specgraph.engine.view.commit.RepoChanges;
import io.specgraph.git.RepoStatus;
import io.specgraph.parse.SpecGraphJson;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The left side of the Changes view: repos (with a checkbox: commit it or not, the branch and what waits to be
 * pushed), under each its changed files with a status icon, the spec-graph.json a commit regenerates, and the
 * commits not pushed yet. Selecting a file shows its diff.
 */
final class ChangeTree {

    /** One row of the tree. */
    record Row(Type type, RepoChanges repo, RepoStatus.FileChange file, String text) {
        enum Type { REPO, FILE, REGENERATED, UNPUSHED, ERROR }
    }

    private final ChangesViewModel vm;
    private final TreeView<Row> tree = new TreeView<>();

    ChangeTree(ChangesViewModel vm) {
        this.vm = vm;
        tree.setId("changes-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(t -> new Cell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> selected(item));
        vm.changesProperty().addListener((o, old, c) -> fill(c));
        vm.chosen().addListener((javafx.collections.SetChangeListener<String>) ch -> tree.refresh());
        fill(vm.changesProperty().get());
    }

    Parent root() {
        return tree;
    }

    private void selected(TreeItem<Row> item) {
        Row r = item == null ? null : item.getValue();
        if (r == null || r.type() == Row.Type.REPO || r.type() == Row.Type.UNPUSHED || r.type() == Row.Type.ERROR) {
            return;
        }
        vm.selectedProperty().set(r.type() == Row.Type.FILE
                ? new ChangesViewModel.FileRef(r.repo().repo(), r.file().path(), false)
                : new ChangesViewModel.FileRef(r.repo().repo(), SpecGraphJson.FILE_NAME, true));
    }

    private void fill(Changes c) {
        ChangesViewModel.FileRef keep = vm.selectedProperty().get();
        TreeItem<Row> root = tree.getRoot();
        root.getChildren().clear();
        TreeItem<Row> reselect = null;
        for (RepoChanges r : c.repos()) {
            TreeItem<Row> repo = new TreeItem<>(new Row(Row.Type.REPO, r, null, r.repo()));
            repo.setExpanded(true);
            if (r.error() != null) {
                repo.getChildren().add(new TreeItem<>(new Row(Row.Type.ERROR, r, null, r.error())));
            }
            for (RepoStatus.FileChange f : r.files()) {
                TreeItem<Row> item = new TreeItem<>(new Row(Row.Type.FILE, r, f, f.path()));
                repo.getChildren().add(item);
                if (keep != null && !keep.regenerated() && keep.repo().equals(r.repo())
                        && keep.path().equals(f.path())) {
                    reselect = item;
                }
            }
            if (r.regenerates()) {
                repo.getChildren().add(new TreeItem<>(new Row(Row.Type.REGENERATED, r, null,
                        SpecGraphJson.FILE_NAME + " (regenerated when committed)")));
            }
            for (String u : r.unpushed()) {
                repo.getChildren().add(new TreeItem<>(new Row(Row.Type.UNPUSHED, r, null, u)));
            }
            root.getChildren().add(repo);
        }
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    static String icon(RepoStatus.Change change) {
        return switch (change) {
            case ADDED -> "mdi2f-file-plus-outline";
            case MODIFIED -> "mdi2f-file-edit-outline";
            case DELETED -> "mdi2f-file-remove-outline";
            case UNTRACKED -> "mdi2f-file-question-outline";
            case CONFLICTING -> "mdi2a-alert";
        };
    }

    static String repoLine(RepoChanges r) {
        StringBuilder sb = new StringBuilder(r.repo());
        if (r.branch() != null) {
            sb.append("  ").append(r.branch());
            if (r.upstream() != null) {
                sb.append(" → ").append(r.upstream());
            }
        }
        if (!r.files().isEmpty()) {
            sb.append(" · ").append(r.files().size()).append(r.files().size() == 1 ? " file" : " files");
        }
        if (r.ahead() > 0) {
            sb.append(" · ").append(r.ahead()).append(" to push");
        }
        if (r.behind() > 0) {
            sb.append(" · ").append(r.behind()).append(" behind");
        }
        return sb.toString();
    }

    private final class Cell extends TreeCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("sg-change-repo", "sg-change-error", "sg-change-unpushed");
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            switch (row.type()) {
                case REPO -> {
                    CheckBox box = new CheckBox();
                    box.setId("changes-choose-" + row.repo().repo());
                    box.setSelected(vm.chosen().contains(row.repo().repo()));
                    box.setDisable(!row.repo().hasWork());
                    box.selectedProperty().addListener((o, was, is) -> {
                        if (is) {
                            vm.chosen().add(row.repo().repo());
                        } else {
                            vm.chosen().remove(row.repo().repo());
                        }
                    });
                    HBox g = new HBox(4, box, new FontIcon("mdi2s-source-repository"));
                    setGraphic(g);
                    setText(repoLine(row.repo()));
                    getStyleClass().add("sg-change-repo");
                }
                case FILE -> {
                    FontIcon i = new FontIcon(icon(row.file().change()));
                    i.getStyleClass().add("sg-change-" + row.file().change().name().toLowerCase(java.util.Locale.ROOT));
                    setGraphic(i);
                    setText(row.text());
                }
                case REGENERATED -> {
                    setGraphic(new FontIcon("mdi2r-refresh"));
                    setText(row.text());
                }
                case UNPUSHED -> {
                    setGraphic(new FontIcon("mdi2a-arrow-up-circle-outline"));
                    setText(row.text());
                    getStyleClass().add("sg-change-unpushed");
                }
                case ERROR -> {
                    setGraphic(new FontIcon("mdi2a-alert-circle-outline"));
                    setText(row.text());
                    getStyleClass().add("sg-change-error");
                }
            }
        }
    }
}
