package io.specgraph.ui.shell;

import io.specgraph.engine.WorkspaceException;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.engine.view.CloneNames;
import io.specgraph.git.GitClone;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.RemoteAccess;
import io.specgraph.ui.common.LoginDialog;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.RepoPlan;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds a repo by URL: clones it under the data dir with progress and a cancel button (a cancelled clone leaves
 * nothing behind), asks for a login when the server wants one, then reopens the workspace with the new repo.
 */
final class CloneDialog {

    private final WorkbenchModel wb;
    private final Stage stage = new Stage();
    private final TextField url = new TextField();
    private final TextField name = new TextField();
    private final ComboBox<String> role = new ComboBox<>();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label phase = new Label();
    private final Button clone = new Button("Clone");
    private final Button cancel = new Button("Cancel");
    private Task<Path> running;

    CloneDialog(WorkbenchModel wb, Window owner) {
        this.wb = wb;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Add a repo by URL");
        url.setId("clone-url");
        url.setPromptText("https://git.example.com/org/cart.git, git@…, or a local path");
        url.textProperty().addListener((o, a, b) -> name.setText(CloneNames.fromUrl(b)));
        role.getItems().addAll("detect", "platform", "component");
        role.getSelectionModel().select(0);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label("URL"), url);
        form.addRow(1, new Label("Name"), name);
        form.addRow(2, new Label("Role"), role);
        url.setPrefColumnCount(40);
        progress.setMaxWidth(Double.MAX_VALUE);
        clone.setDefaultButton(true);
        clone.setOnAction(e -> start());
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> cancel());
        VBox box = new VBox(10, form, phase, progress, new HBox(8, clone, cancel));
        box.setPadding(new Insets(14));
        Scene scene = new Scene(box);
        scene.getStylesheets().add(ThemeSwitch.stylesheet());
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private void cancel() {
        if (running != null && running.isRunning()) {
            running.cancel(false);
            phase.setText("Cancelling…");
        } else {
            stage.close();
        }
    }

    private void start() {
        String u = url.getText().trim();
        String n = name.getText().trim();
        if (u.isEmpty() || n.isEmpty()) {
            phase.setText("Enter a URL and a name.");
            return;
        }
        Path dir;
        try {
            dir = wb.store().clonesDir(wb.workspaceNameProperty().get().isEmpty() ? "workspace"
                    : wb.workspaceNameProperty().get()).resolve(n);
        } catch (WorkspaceException e) {
            phase.setText(e.getMessage());
            return;
        }
        clone.setDisable(true);
        running = new Task<>() {
            @Override
            protected Path call() throws Exception {
                ProgressListener listener = new ProgressListener() {
                    private int total;
                    private int done;

                    @Override
                    public void task(String title, int totalWork) {
                        total = totalWork;
                        done = 0;
                        updateMessage(title);
                        updateProgress(0, Math.max(1, totalWork));
                    }

                    @Override
                    public void worked(int units) {
                        done += units;
                        if (total > 0) {
                            updateProgress(done, total);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return isCancelled0();
                    }
                };
                try (RemoteAccess access = LoginDialog.access()) {
                    GitClone.clone(u, null, dir, access, listener);
                }
                return dir;
            }

            private boolean isCancelled0() {
                return isCancelled();
            }
        };
        phase.textProperty().bind(running.messageProperty());
        progress.progressProperty().bind(running.progressProperty());
        running.setOnSucceeded(e -> added(n, u, running.getValue()));
        running.setOnFailed(e -> failed(running.getException().getMessage()));
        running.setOnCancelled(e -> failed("Cancelled; nothing was cloned."));
        Thread t = new Thread(running, "specgraph-clone");
        t.setDaemon(true);
        t.start();
    }

    private void failed(String message) {
        phase.textProperty().unbind();
        progress.progressProperty().unbind();
        progress.setProgress(0);
        phase.setText(message);
        clone.setDisable(false);
    }

    private void added(String repoName, String remote, Path dir) {
        List<WorkspaceStore.Entry> entries = new ArrayList<>();
        if (wb.model().get() != null) {
            for (RepoPlan p : wb.model().get().plans()) {
                RepoSpec s = p.spec();
                entries.add(new WorkspaceStore.Entry(s.name(), s.role(), s.remote(), s.branch(), s.domain(),
                        s.path()));
            }
        }
        RepoRole r = switch (role.getValue()) {
            case "platform" -> RepoRole.PLATFORM;
            case "component" -> RepoRole.COMPONENT;
            default -> null;
        };
        entries.add(new WorkspaceStore.Entry(repoName, r, remote, null, null, dir));
        String ws = wb.workspaceNameProperty().get().isEmpty() ? repoName : wb.workspaceNameProperty().get();
        try {
            wb.open(wb.store().create(ws, entries));
            stage.close();
        } catch (WorkspaceException e) {
            failed(e.getMessage());
        }
    }
}
