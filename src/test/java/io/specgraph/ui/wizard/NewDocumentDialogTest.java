package io.specgraph.ui.wizard;

import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "New document" dialog under headless Monocle on a private copy of the demo: the user picks "Component spec"
 * and the cart repo, types a title, sees the proposed id and file, and Create writes the file, the workbench reloads
 * with SPEC-CART-07 in it and the new document is opened.
 */
@ExtendWith(ApplicationExtension.class)
class NewDocumentDialogTest {

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private Stage owner;
    private final List<String> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        demo = FxDemo.fresh(dir);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                new FxTaskRunner(), false);
        Scene scene = new Scene(new StackPane(new Label("main window")), 800, 600);
        scene.getStylesheets().addAll(new PrimerLight().getUserAgentStylesheet(), "/io/specgraph/ui/specgraph.css");
        stage.setScene(scene);
        stage.show();
        owner = stage;
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private Navigator recorder() {
        return io.specgraph.ui.RecordingNavigator.opening(opened);
    }

    private static <T extends javafx.scene.Node> T the(FxRobot robot, String id, Class<T> type) {
        return robot.lookup("#" + id).queryAs(type);
    }

    @Test
    void createsAComponentSpecInCartAndOpensIt(FxRobot robot) throws Exception {
        wb.open(demo);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null);
        robot.interact(() -> NewDocumentDialog.show(owner, wb, recorder()));
        List<Window> windows = robot.listTargetWindows();
        assertThat(windows).hasSize(2);

        robot.clickOn("#new-kind").clickOn("Component spec");
        robot.clickOn("#new-repo").clickOn("cart");
        robot.clickOn("#new-title").write("Loyalty points in the cart");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(the(robot, "new-id", Label.class).getText()).isEqualTo("cart/SPEC-CART-07");
        assertThat(the(robot, "new-path", Label.class).getText())
                .isEqualTo("cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        assertThat(the(robot, "new-implements", javafx.scene.Node.class).isVisible()).isTrue();
        assertThat(the(robot, "new-title", TextField.class).getText()).isEqualTo("Loyalty points in the cart");
        assertThat(the(robot, "new-create", Button.class).isDisabled()).isFalse();

        robot.clickOn("#new-create");

        Path file = demo.resolve("cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file).exists();
        assertThat(Files.readString(file)).startsWith("# Loyalty points in the cart").contains("- ID: SPEC-CART-07");
        assertThat(wb.model().get().graph().node("cart/SPEC-CART-07")).isPresent();
        assertThat(opened).containsExactly("cart/SPEC-CART-07");
        assertThat(robot.listTargetWindows()).as("the dialog closed").hasSize(1);
    }

    @Test
    void createIsDisabledWithoutATitleAndPlatformKindsOfferOnlyThePlatformRepo(FxRobot robot) throws Exception {
        wb.open(demo);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> wb.model().get() != null);
        robot.interact(() -> NewDocumentDialog.show(owner, wb, recorder()));

        robot.clickOn("#new-kind").clickOn("Platform spec");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(the(robot, "new-create", Button.class).isDisabled()).isTrue();
        assertThat(the(robot, "new-problem", Label.class).getText()).isEqualTo("Type a title");
        assertThat(the(robot, "new-id", Label.class).getText()).isEqualTo("platform/PLAT-131");
        assertThat(the(robot, "new-implements", javafx.scene.Node.class).isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> repo = the(robot, "new-repo", javafx.scene.control.ComboBox.class);
        assertThat(repo.getItems()).containsExactly("platform");

        robot.clickOn("#new-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.listTargetWindows()).hasSize(1);
        try (var files = Files.list(demo.resolve("platform/platform-specs"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("PLAT-131"));
        }
    }
}
