package io.specgraph.ui.commit;

import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.AppDirs;
import io.specgraph.engine.Assignment;
import io.specgraph.engine.Editing;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.git.RemoteAccess;
import io.specgraph.git.Remotes;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Changes view under headless Monocle, on a private copy of the demo and its local bare remotes: a status change
 * made through the editing engine shows up with its diff and a prefilled message, "Commit and push" puts it on the
 * remote (checked in a fresh clone), and a push the server refuses offers fetch-rebase-push and keeps the work.
 */
@ExtendWith({IsolatedGitConfig.class, ApplicationExtension.class})
class ChangesViewTest {

    private static final String SPEC = "specs/SPEC-CART-04-abandoned-cart-reminders.md";
    private static final String MESSAGE = "SPEC-CART-04: status Draft → Approved";

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;

    @Start
    void start(Stage stage) throws Exception {
        demo = FxDemo.fresh(dir);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                TaskRunner.inline(), false);
        wb.open(demo);
        // forced: no Draft spec of the demo passes its gates, and Approved is refused while a gate fails (LC2)
        new Editing(wb.model().get()).set("SPEC-CART-04", List.of(Assignment.parse("status=Approved")), true);
        wb.reload(); // what the folder watcher does in the app
        ChangesView view = new ChangesView(wb, new FxTaskRunner(), RemoteAccess::anonymous);
        Scene scene = new Scene(view.root(), 1200, 800);
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), "/io/specgraph/ui/specgraph.css");
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> treeTexts(FxRobot robot) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream().map(TreeCell::getText)
                .filter(t -> t != null).toList();
    }

    private static TreeCell<?> cell(FxRobot robot, String text) {
        return robot.lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
                .filter(c -> text.equals(c.getText())).findFirst().orElseThrow();
    }

    private String lastCommit(String repo) throws Exception {
        Path work = Files.createTempDirectory(dir, "fresh-");
        try (Git git = Git.cloneRepository().setURI(demo.resolve("remotes/" + repo + ".git").toUri().toString())
                .setDirectory(work.toFile()).call()) {
            RevCommit c = git.log().setMaxCount(1).call().iterator().next();
            return c.getFullMessage() + " by " + c.getAuthorIdent().getName();
        }
    }

    private void typeAuthor(FxRobot robot) {
        robot.clickOn("#changes-author-name").write(Remotes.ME.name());
        robot.clickOn("#changes-author-email").write(Remotes.ME.email());
    }

    @Test
    void showsTheChangedFileItsDiffAndThePrefilledMessageThenCommitsAndPushes(FxRobot robot) throws Exception {
        await(() -> treeTexts(robot).contains(SPEC));
        assertThat(treeTexts(robot)).contains("platform  main → origin/main", "cart  main → origin/main · 1 file",
                "spec-graph.json (regenerated when committed)");
        TextArea message = robot.lookup("#changes-message").queryAs(TextArea.class);
        assertThat(message.getText()).isEqualTo(MESSAGE);
        robot.clickOn(cell(robot, SPEC));
        ListView<?> diff = robot.lookup("#changes-diff").queryAs(ListView.class);
        await(() -> diff.getItems().contains("+- Status: Approved"));
        assertThat(robot.lookup("#changes-diff .sg-diff-add").queryAllAs(ListCell.class))
                .extracting(ListCell::getText).contains("+- Status: Approved");
        assertThat(robot.lookup("#changes-diff .sg-diff-del").queryAllAs(ListCell.class))
                .extracting(ListCell::getText).contains("-- Status: Draft");
        typeAuthor(robot);
        robot.clickOn("#changes-commit-push");
        await(() -> robot.lookup("#changes-results").queryAs(javafx.scene.layout.VBox.class).getChildren().size() == 3);
        assertThat(robot.lookup("#changes-results").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .map(n -> ((Label) n).getText()).anyMatch(t -> t.startsWith("cart: pushed "))
                .contains("platform: spec-graph.json regenerated");
        assertThat(lastCommit("cart")).isEqualTo(MESSAGE + " by " + Remotes.ME.name());
        assertThat(lastCommit("platform")).isEqualTo(MESSAGE + " by " + Remotes.ME.name());
        await(() -> robot.lookup("#changes-summary").queryAs(Label.class).getText().startsWith("No changes"));
        assertThat(treeTexts(robot)).doesNotContain(SPEC);
        assertThat(robot.lookup("#changes-rebase-push").queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void aRejectedPushShowsTheRebaseOptionKeepsTheWorkAndFinishesIt(FxRobot robot) throws Exception {
        Remotes.othersCommit(demo.resolve("remotes/cart.git"), "notes.md", "pushed first\n");
        await(() -> treeTexts(robot).contains(SPEC));
        robot.clickOn("#changes-choose-platform");
        assertThat(robot.lookup("#changes-message").queryAs(TextArea.class).getText()).isEqualTo(MESSAGE);
        typeAuthor(robot);
        robot.clickOn("#changes-commit-push");
        Button rebase = robot.lookup("#changes-rebase-push").queryAs(Button.class);
        await(rebase::isVisible);
        Label status = robot.lookup("#changes-status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("1 of 1 repo(s) failed; nothing was lost — see below");
        assertThat(robot.lookup("#changes-results").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .map(n -> ((Label) n).getText()).singleElement().asString()
                .startsWith("cart: committed ").contains("push failed — the server refused the push of cart");
        await(() -> treeTexts(robot).stream().anyMatch(t -> t.endsWith(" " + MESSAGE)));
        assertThat(treeTexts(robot)).contains("cart  main → origin/main · 1 to push");
        assertThat(Files.readString(demo.resolve("cart").resolve(SPEC))).contains("- Status: Approved");
        robot.clickOn(rebase);
        await(() -> !rebase.isVisible());
        assertThat(lastCommit("cart")).isEqualTo(MESSAGE + " by " + Remotes.ME.name());
        assertThat(Remotes.readAtMain(demo.resolve("remotes/cart.git"), "notes.md", dir)).isEqualTo("pushed first\n");
        Node results = robot.lookup("#changes-results").query();
        assertThat(((javafx.scene.layout.VBox) results).getChildren()).map(n -> ((Label) n).getText())
                .singleElement().asString().startsWith("cart: pushed ");
    }
}
