package io.specgraph.ui.packs;

import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.RecordingNavigator;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
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
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context pack dialogs on a private demo copy, headless: build cp-checkout v3 (see the file, the changes and the
 * text, Create, the new pack opens), then rebase the Paused PLAT-130 onto it (see the diff, Rebase); a spec that is
 * not Paused is refused with the reason shown.
 */
@ExtendWith(ApplicationExtension.class)
class ContextPackDialogTest {

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private Stage owner;
    private final RecordingNavigator nav = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        demo = FxDemo.fresh(dir);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                new FxTaskRunner(), false);
        Scene scene = new Scene(new StackPane(new Label("main window")), 800, 600);
        scene.getStylesheets().add(new PrimerLight().getUserAgentStylesheet());
        stage.setScene(scene);
        stage.show();
        owner = stage;
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private static <T extends javafx.scene.Node> T the(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    @Test
    void buildsTheNextPackThenRebasesAPausedSpecOntoIt(FxRobot robot) throws Exception {
        wb.open(demo);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null);
        robot.interact(() -> ContextPackDialog.show(owner, wb, nav, "platform/cp-checkout@v2"));

        assertThat(the(robot, "pack-file", Label.class).getText())
                .isEqualTo("cp-checkout v3 → platform/context/cp-checkout-v3.md (after platform/cp-checkout@v2)");
        @SuppressWarnings("unchecked")
        ListView<String> changes = the(robot, "pack-changes", ListView.class);
        assertThat(changes.getItems()).contains("+ Integration contracts: CONTRACT-12 v1 Shipping quote API, Done. "
                + "Consumers: cart.");
        assertThat(the(robot, "pack-preview", TextArea.class).getText()).contains("version: v3");
        robot.clickOn("#pack-create");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !nav.calls().isEmpty());
        assertThat(demo.resolve("platform/context/cp-checkout-v3.md")).exists();
        assertThat(nav.calls()).containsExactly("open platform/cp-checkout@v3");
        assertThat(robot.listTargetWindows()).as("the dialog closed").hasSize(1);

        robot.interact(() -> RebaseDialog.show(owner, wb, nav, "platform/PLAT-130"));
        assertThat(the(robot, "rebase-pinned", Label.class).getText()).isEqualTo("PLAT-130 pins cp-checkout v1");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> version = the(robot, "rebase-version",
                javafx.scene.control.ComboBox.class);
        assertThat(version.getItems()).containsExactly("v3", "v2");
        assertThat(the(robot, "rebase-diff", TextArea.class).getText())
                .contains("-context_pack: cp-checkout v1\n+context_pack: cp-checkout v3");
        robot.clickOn("#rebase-rebase");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(demo.resolve("platform/platform-specs/PLAT-130-express-checkout-wallets.md")))
                .contains("context_pack: cp-checkout v3\n");
        assertThat(nav.calls()).containsExactly("open platform/cp-checkout@v3", "select platform/PLAT-130");
    }

    @Test
    void aSpecThatIsNotPausedIsRefusedWithTheReason(FxRobot robot) throws Exception {
        wb.open(demo);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null);
        robot.interact(() -> RebaseDialog.show(owner, wb, nav, "cart/SPEC-CART-02"));
        assertThat(the(robot, "rebase-problem", Label.class).getText()).contains("is Approved, not Paused");
        assertThat(the(robot, "rebase-rebase", Button.class).isDisabled()).isTrue();
        byte[] before = Files.readAllBytes(demo.resolve("cart/specs/SPEC-CART-02-merge-guest-cart.md"));
        robot.clickOn("#rebase-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows()).hasSize(1);
        assertThat(Files.readAllBytes(demo.resolve("cart/specs/SPEC-CART-02-merge-guest-cart.md"))).isEqualTo(before);
    }
}
