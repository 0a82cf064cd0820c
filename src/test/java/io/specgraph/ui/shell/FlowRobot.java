package io.specgraph.ui.shell;

import io.specgraph.app.Workbench;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.edit.Completions;
import io.specgraph.model.Node;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.LifecycleState;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.layout.VBox;
import org.eclipse.jgit.api.Git;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link ProductFlowFxTest}'s user does in the main window, one step at a time, with bounded waits that say
 * what they waited for and what the screen showed instead.
 */
final class FlowRobot {

    private static final int TIMEOUT_S = 30;

    private final FxRobot robot;
    private final Workbench workbench;

    FlowRobot(FxRobot robot, Workbench workbench) {
        this.robot = robot;
        this.workbench = workbench;
    }

    Workspace workspace() {
        return workbench.model().model().get();
    }

    void awaitWorkspace() throws Exception {
        awaitTrue("the demo workspace loads", () -> workspace() != null);
    }

    /** The demo folder: the platform repo's parent (the local bare remotes are in its {@code remotes/}). */
    Path demoDir() {
        return repoDir("platform").getParent();
    }

    Path repoDir(String repo) {
        return workspace().plans().stream().filter(p -> p.info().name().equals(repo)).findFirst().orElseThrow()
                .info().path();
    }

    /** The file of node {@code key} in the current snapshot. */
    Path file(String key) {
        Node n = workspace().graph().node(key).orElseThrow(() -> new AssertionError(key + " is not in the graph"));
        return repoDir(n.repo()).resolve(n.path());
    }

    /** The file of node {@code key} relative to its repo, as git and the Changes tree show it. */
    String relative(String key) {
        Node n = workspace().graph().node(key).orElseThrow(() -> new AssertionError(key + " is not in the graph"));
        return repoDir(n.repo()).relativize(file(key)).toString().replace('\\', '/');
    }

    /** Waits (bounded) for {@code condition}; fails naming {@code what} and {@code shown}'s value. */
    void awaitTrue(String what, Callable<Boolean> condition, Supplier<String> shown) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out after " + TIMEOUT_S + " s waiting until " + what
                    + (shown == null ? "" : "; the screen showed: " + shown.get()), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void awaitTrue(String what, Callable<Boolean> condition) throws Exception {
        awaitTrue(what, condition, null);
    }

    void shortcut(KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Ctrl+N, then kind, repo and title in the "New document" dialog, then Create. */
    void newDocument(String kind, String repo, String title) throws Exception {
        shortcut(KeyCode.N);
        awaitTrue("the New document dialog opens", () -> robot.lookup("#new-kind").tryQuery().isPresent());
        robot.clickOn("#new-kind");
        robot.clickOn(listCell(kind));
        @SuppressWarnings("unchecked")
        ComboBox<String> repos = robot.lookup("#new-repo").queryAs(ComboBox.class);
        if (!repo.equals(repos.getValue())) {
            robot.clickOn(repos);
            robot.clickOn(listCell(repo));
        }
        robot.clickOn("#new-title").write(title);
        WaitForAsyncUtils.waitForFxEvents();
        assertOk(robot.lookup("#new-problem").queryAs(Label.class).getText());
        robot.clickOn("#new-create");
        awaitTrue("the New document dialog closes", () -> robot.lookup("#new-kind").tryQuery().isEmpty(),
                () -> robot.lookup("#new-problem").queryAs(Label.class).getText());
    }

    private static void assertOk(String problem) {
        if (problem != null && !problem.isBlank()) {
            throw new AssertionError("the New document dialog refuses: " + problem);
        }
    }

    private ListCell<?> listCell(String text) {
        return robot.lookup(".list-cell").match((ListCell<?> c) -> text.equals(c.getText())).queryAs(ListCell.class);
    }

    Tab selectedTab() {
        return workbench.window().tabs().getSelectionModel().getSelectedItem();
    }

    /** Waits for a document tab whose node id starts with {@code idPrefix} to be selected; returns its node key. */
    String awaitOpenedTab(String idPrefix) throws Exception {
        awaitTrue("a document tab for " + idPrefix + "… is selected", () -> {
            Tab t = selectedTab();
            return t != null && t.getId() != null && t.getId().startsWith("doc:")
                    && t.getId().substring(t.getId().indexOf('/') + 1).startsWith(idPrefix);
        }, () -> String.valueOf(selectedTab() == null ? null : selectedTab().getId()));
        return selectedTab().getId().substring("doc:".length());
    }

    /** The raw editor of the selected tab. */
    CodeArea area() {
        javafx.scene.Node content = selectedTab().getContent();
        return (CodeArea) content.lookup("#editor-text");
    }

    /**
     * At the end of the selected document's raw view, types {@code typed}, then pastes {@code pasted} with Ctrl+V
     * (as if copied from another document: typing it key by key takes half a minute).
     */
    void appendToEditor(String typed, String pasted) {
        CodeArea area = area();
        robot.clickOn(area);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.write(typed);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(pasted);
            Clipboard.getSystemClipboard().setContent(content);
        });
        shortcut(KeyCode.V);
    }

    /** Waits for the completion list of the focused reference field, then picks {@code insert} with the keyboard. */
    void pickCompletion(String insert) throws Exception {
        awaitTrue("the completion list offers " + insert, () -> completions().stream()
                .anyMatch(c -> c.insert().equals(insert)), () -> String.valueOf(completions()));
        @SuppressWarnings("unchecked")
        ListView<Completions.Candidate> list = robot.lookup(".sg-form-completions").queryAs(ListView.class);
        for (int i = 0; i <= list.getItems().size() && !isSelected(list, insert); i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(list.getSelectionModel().getSelectedItem().insert()).isEqualTo(insert);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean isSelected(ListView<Completions.Candidate> list, String insert) {
        Completions.Candidate c = list.getSelectionModel().getSelectedItem();
        return c != null && c.insert().equals(insert);
    }

    @SuppressWarnings("unchecked")
    private List<Completions.Candidate> completions() {
        return robot.lookup(".sg-form-completions").tryQueryAs(ListView.class)
                .map(l -> List.copyOf((List<Completions.Candidate>) l.getItems())).orElse(List.of());
    }

    /** Narrows the workspace tree with its filter and clicks the document whose label is {@code label}. */
    void selectInTree(String filter, String label) throws Exception {
        robot.clickOn("#tree-filter").eraseText(robot.lookup("#tree-filter").queryAs(TextField.class).getText()
                .length()).write(filter);
        awaitTrue("the tree shows " + label, () -> robot.lookup("#workspace-tree .label")
                .match((Label l) -> label.equals(l.getText())).tryQuery().isPresent(),
                () -> String.valueOf(robot.lookup("#workspace-tree .label").queryAllAs(Label.class).stream()
                        .map(Label::getText).toList()));
        robot.clickOn(robot.lookup("#workspace-tree .label").match((Label l) -> label.equals(l.getText()))
                .queryAs(Label.class));
    }

    Button inspectorAction(String label) {
        return robot.lookup("#inspector-actions .button").match((Button b) -> label.equals(b.getText()))
                .queryAs(Button.class);
    }

    /** Every label in the inspector, top to bottom. */
    List<String> inspectorTexts() {
        return robot.lookup("#inspector .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    String labelText(String query) {
        return robot.lookup(query).tryQueryAs(Label.class).map(Label::getText).orElse("(not shown)");
    }

    /** The texts of a table's cells as shown. */
    List<String> tableTexts(String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream().map(TableCell::getText)
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    /** The texts of a tree's cells as shown. */
    List<String> treeTexts(String tree) {
        return robot.lookup(tree + " .tree-cell").queryAllAs(TreeCell.class).stream().map(TreeCell::getText)
                .filter(t -> t != null).toList();
    }

    /** The lines under the Changes view's results. */
    List<String> results() {
        return robot.lookup("#changes-results").tryQueryAs(VBox.class).map(b -> b.getChildren().stream()
                .map(n -> ((Label) n).getText()).toList()).orElse(List.of());
    }

    List<String> openTabs() {
        return workbench.window().tabs().getTabs().stream().map(Tab::getId).toList();
    }

    List<String> children(String key) {
        return workspace().graph().outgoing(key, EdgeKind.CHILD).stream().map(e -> e.to()).toList();
    }

    LifecycleState state(String key) {
        return workspace().graph().node(key).map(Node::state).orElse(null);
    }

    /**
     * Fires the lifecycle step {@code itemId} of ADR-100's card (its menu does not open under Monocle), checks the
     * confirm dialog lists each {@code change}, and applies it.
     */
    void adrStep(String itemId, String... change) throws Exception {
        awaitTrue("ADR-100's card offers " + itemId, () -> robot.lookup("#adr-actions-platform-ADR-100")
                .tryQueryAs(MenuButton.class).map(b -> b.getItems().stream().anyMatch(i -> itemId.equals(i.getId())))
                .orElse(false));
        MenuButton button = robot.lookup("#adr-actions-platform-ADR-100").queryAs(MenuButton.class);
        MenuItem item = button.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        awaitTrue("the confirm dialog opens", () -> robot.lookup("#adr-confirm-apply").tryQuery().isPresent());
        String changes = robot.lookup("#adr-confirm-changes").queryAs(VBox.class).lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"));
        assertThat(changes).contains(change);
        robot.clickOn("#adr-confirm-apply");
        awaitTrue("the confirm dialog closes", () -> robot.lookup("#adr-confirm-apply").tryQuery().isEmpty(),
                () -> labelText("#adr-confirm-refusal"));
    }

    /** A fresh clone of the demo's bare remote of {@code repo} (what a colleague would get). */
    Path freshClone(Path demo, String repo) throws Exception {
        Path work = Files.createTempDirectory(demo.getParent(), "fresh-" + repo + "-");
        try (Git git = Git.cloneRepository().setURI(demo.resolve("remotes/" + repo + ".git").toUri().toString())
                .setDirectory(work.toFile()).call()) {
            return work;
        }
    }
}
