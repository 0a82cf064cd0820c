package io.specgraph.ui.shell;

import io.specgraph.app.Workbench;
import io.specgraph.engine.AppDirs;
import io.specgraph.ui.FxDemo;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Add a repo by URL: a real clone from a bare repo, then the workspace reopens with the new repo in the tree. */
@ExtendWith(ApplicationExtension.class)
class CloneDialogFxTest {

    @TempDir
    static Path home;
    private Workbench workbench;
    private Path data;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory(home, "run");
        data = dir.resolve("data");
        workbench = Workbench.create(new AppDirs(dir.resolve("config"), data), false);
        workbench.show(stage);
    }

    @Test
    void cloningABareRepoAddsItToTheWorkspace(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().model().get() != null);
        int before = workbench.model().model().get().graph().repos().size();
        Path bare = FxDemo.dir().resolveSibling("demo").resolve("remotes").resolve("cart.git");
        assertThat(bare).isDirectory();
        robot.interact(() -> new ShellCommands(workbench.window(), workbench.model()).addRepo());
        robot.clickOn("#clone-url").write(bare.toUri().toString());
        assertThat(robot.lookup(".text-field").queryAllAs(javafx.scene.control.TextField.class))
                .anySatisfy(t -> assertThat(t.getText()).isEqualTo("cart"));
        robot.doubleClickOn(robot.lookup(".text-field").match(
                (javafx.scene.control.TextField t) -> "cart".equals(t.getText())).queryAs(javafx.scene.Node.class))
                .write("cart-copy");
        robot.clickOn("Clone");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> workbench.model().model().get().graph().repos().size() == before + 1);
        assertThat(workbench.model().model().get().graph().repos()).extracting(r -> r.name()).contains("cart-copy");
        try (var files = Files.walk(data)) {
            assertThat(files.anyMatch(p -> p.endsWith("cart-copy/.git"))).isTrue();
        }
    }
}
