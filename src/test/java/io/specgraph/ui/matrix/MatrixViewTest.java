package io.specgraph.ui.matrix;

import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.RecordingNavigator;
import io.specgraph.ui.Snapshots;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class MatrixViewTest {

    @TempDir
    Path dir;

    private final WorkspaceModel model = new WorkspaceModel();
    private final RecordingNavigator nav = new RecordingNavigator();

    @Start
    void start(Stage stage) {
        model.set(FxDemo.workspace());
        MatrixView view = new MatrixView(model, nav);
        stage.setScene(Snapshots.themed(new Scene(view.root(), 1200, 700)));
        stage.show();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static Label chip(FxRobot robot, String key) {
        return robot.lookup("." + MatrixView.CHIP).queryAllAs(Label.class).stream()
                .filter(l -> key.equals(l.getUserData())).findFirst().orElseThrow();
    }

    @Test
    void showsAColumnPerRepoAndACellPerSpec(FxRobot robot) {
        assertThat(texts(robot, ".sg-matrix-header")).contains("cart", "payments", "shipping");
        assertThat(texts(robot, "." + MatrixView.CHIP)).contains("PLAT-124 · Approved", "SPEC-CART-01 · Implementing",
                "SPEC-PAY-05 · Paused", "SPEC-SHIP-04 · Draft");
        assertThat(chip(robot, "payments/SPEC-PAY-02").getStyleClass()).contains("sg-chip-fail");
        assertThat(texts(robot, ".sg-figure-value")).contains("80 % (4/5)", "77 % (10/13)");
    }

    @Test
    void clickSelectsDoubleClickOpensAndTheMenuShowsInGraph(FxRobot robot) {
        robot.clickOn(chip(robot, "cart/SPEC-CART-01"));
        assertThat(nav.calls()).containsExactly("select cart/SPEC-CART-01");
        nav.clear();
        robot.doubleClickOn(chip(robot, "shipping/SPEC-SHIP-03"));
        assertThat(nav.calls()).contains("open shipping/SPEC-SHIP-03");
        nav.clear();
        MenuItem graph = chip(robot, "platform/PLAT-126").getContextMenu().getItems().get(0);
        assertThat(graph.getText()).isEqualTo("Show in graph");
        robot.interact(graph::fire);
        assertThat(nav.calls()).containsExactly("show platform/PLAT-126");
    }

    @Test
    void contractsModeShowsContractColumnsAndWhoDeclaresThem(FxRobot robot) {
        robot.clickOn("#matrix-mode-contracts");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".sg-matrix-header")).contains("CONTRACT-10@v2", "CONTRACT-13@v2");
        assertThat(texts(robot, ".sg-matrix-declared")).hasSize(5); // PLAT-124 ×3, PLAT-127, PLAT-130
        robot.clickOn("#matrix-mode-repos");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".sg-matrix-header")).contains("cart");
    }

    @Test
    void marksAPlannedButMissingTargetAfterASnapshotChange(FxRobot robot) {
        robot.interact(() -> model.set(new TestRepos(dir)
                .file("platform/platform-specs/PLAT-9/spec.md", "# Nine\n\n## Metadata\n- ID: PLAT-9\n"
                        + "- Kind: platform-spec\n- Version: v1\n- Status: Draft\n")
                .file("platform/platform-specs/PLAT-9/tasks.md", "# Tasks\n\n- [ ] T001 Search index\n"
                        + "  - component_repo: search\n  - platform_spec_id: PLAT-9 v1\n")
                .load()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, ".sg-matrix-header")).contains("search");
        assertThat(texts(robot, ".sg-matrix-missing")).containsExactly("missing · T001");
    }

    @Test
    void rendersOffscreen() throws Exception {
        WritableImage img = Snapshots.render(() -> new MatrixView(model, nav).root(), 1000, 600);
        assertThat(img.getHeight()).isEqualTo(600);
        assertThat(Snapshots.colours(img)).isGreaterThan(10);
    }
}
