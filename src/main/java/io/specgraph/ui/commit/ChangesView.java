package io.specgraph.ui.commit;

import io.specgraph.engine.Workspace;
import io.specgraph.git.RemoteAccess;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The Changes view: on the left the repos with changes (a checkbox each: commit it or not), their changed files
 * (status icon), unpushed commits and a spec-graph.json to regenerate; in the middle the selected file's diff
 * (monospace, additions and removals coloured); below, the commit message (prefilled from what changed, editable),
 * the author, and Commit / Commit and push. A push the server refused offers Fetch and rebase, then push. Everything
 * git does runs in the background; errors are one line.
 */
public final class ChangesView {

    private final ChangesViewModel vm;
    private final BorderPane root = new BorderPane();
    private final ListView<String> diff = new ListView<>();
    private final ChangeListener<Workspace> onSnapshot;

    /** Pushes with the system keyring, asking for a login when it has none. */
    public ChangesView(WorkbenchModel wb, TaskRunner tasks) {
        this(new ChangesViewModel(wb, tasks, io.specgraph.ui.common.LoginDialog::access), wb);
    }

    /** With a given way to reach remotes (tests: anonymous access to local bare repos). */
    public ChangesView(WorkbenchModel wb, TaskRunner tasks, Supplier<RemoteAccess> access) {
        this(new ChangesViewModel(wb, tasks, access), wb);
    }

    private ChangesView(ChangesViewModel vm, WorkbenchModel wb) {
        this.vm = vm;
        root.getStyleClass().add("sg-changes");
        root.getStylesheets().add(ChangesView.class.getResource("changes.css").toExternalForm());
        ChangeTree tree = new ChangeTree(vm);
        SplitPane split = new SplitPane(tree.root(), diffPane());
        split.setDividerPositions(0.32);
        SplitPane vertical = new SplitPane(split, commitPane());
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.62);
        root.setCenter(vertical);
        onSnapshot = (o, old, ws) -> {
            if (ws != null) {
                vm.workspaceChanged();
            }
        };
        wb.model().workspaceProperty().addListener(new WeakChangeListener<>(onSnapshot));
        vm.refresh();
    }

    public Parent root() {
        return root;
    }

    /** The view-model behind the view (tests, the main window's status bar). */
    public ChangesViewModel viewModel() {
        return vm;
    }

    private Parent diffPane() {
        diff.setId("changes-diff");
        diff.getStyleClass().add("sg-diff");
        diff.setPlaceholder(new Label("Select a file to see its changes"));
        diff.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("sg-diff-add", "sg-diff-del", "sg-diff-hunk", "sg-diff-head", "sg-diff-context");
                setText(empty || line == null ? null : line);
                if (!empty && line != null) {
                    getStyleClass().add(DiffLines.style(line));
                }
            }
        });
        vm.diffProperty().addListener((o, old, d) -> diff.getItems().setAll(lines(d)));
        diff.getItems().setAll(lines(vm.diffProperty().get()));
        return diff;
    }

    private static java.util.List<String> lines(String text) {
        return text == null || text.isEmpty() ? java.util.List.of() : Arrays.asList(text.split("\n", -1));
    }

    private Parent commitPane() {
        TextArea message = new TextArea();
        message.setId("changes-message");
        message.setPromptText("Commit message");
        message.setPrefRowCount(4);
        message.setWrapText(true);
        message.textProperty().bindBidirectional(vm.messageProperty());
        TextField name = new TextField();
        name.setId("changes-author-name");
        name.setPromptText("Your name (git config user.name)");
        name.textProperty().bindBidirectional(vm.authorNameProperty());
        TextField email = new TextField();
        email.setId("changes-author-email");
        email.setPromptText("E-mail (git config user.email)");
        email.textProperty().bindBidirectional(vm.authorEmailProperty());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(email, Priority.ALWAYS);
        Button reset = new Button("Suggest message", new FontIcon("mdi2a-auto-fix"));
        reset.setId("changes-suggest");
        reset.setOnAction(e -> vm.resetMessage());
        Button refresh = new Button("Refresh", new FontIcon("mdi2r-refresh"));
        refresh.setId("changes-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Button commit = new Button("Commit", new FontIcon("mdi2s-source-commit"));
        commit.setId("changes-commit");
        commit.setOnAction(e -> vm.commit(false));
        Button push = new Button("Commit and push", new FontIcon("mdi2c-cloud-upload-outline"));
        push.setId("changes-commit-push");
        push.getStyleClass().add("accent");
        push.setDefaultButton(false);
        push.setOnAction(e -> vm.commit(true));
        Button rebase = new Button("Fetch and rebase, then push", new FontIcon("mdi2s-source-pull"));
        rebase.setId("changes-rebase-push");
        rebase.setOnAction(e -> vm.rebaseAndPush());
        rebase.visibleProperty().bind(Bindings.isNotEmpty(vm.rejected()));
        rebase.managedProperty().bind(rebase.visibleProperty());
        var noneChosen = Bindings.isEmpty(vm.chosen());
        commit.disableProperty().bind(vm.busyProperty().or(noneChosen));
        push.disableProperty().bind(vm.busyProperty().or(noneChosen));
        rebase.disableProperty().bind(vm.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label status = new Label();
        status.setId("changes-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        Label summary = new Label();
        summary.setId("changes-summary");
        summary.getStyleClass().add("sg-muted");
        summary.textProperty().bind(vm.summaryProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox author = new HBox(6, new Label("Author"), name, email);
        author.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(6, summary, grow, spinner, reset, refresh, commit, push, rebase);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox results = new VBox(2);
        results.setId("changes-results");
        vm.results().addListener((ListChangeListener<String>) c -> results.getChildren().setAll(
                vm.results().stream().map(ChangesView::resultLabel).toList()));
        VBox box = new VBox(6, message, author, actions, status, results);
        box.setPadding(new Insets(6));
        VBox.setVgrow(message, Priority.ALWAYS);
        return box;
    }

    private static Label resultLabel(String line) {
        Label l = new Label(line);
        l.setWrapText(true);
        l.getStyleClass().add(line.contains(" failed") ? "sg-result-failed" : "sg-result-ok");
        return l;
    }
}
