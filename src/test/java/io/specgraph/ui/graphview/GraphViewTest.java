package io.specgraph.ui.graphview;

import io.specgraph.ui.RecordingNavigator;
import io.specgraph.engine.GraphFormats;
import io.specgraph.engine.view.graph.GroupBy;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
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
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph view on the demo under headless Monocle: what the user sees and what clicks do. */
@ExtendWith(ApplicationExtension.class)
class GraphViewTest {

    private final RecordingNavigator recorder = new RecordingNavigator();
    private final List<String> written = new CopyOnWriteArrayList<>();
    private final WorkspaceModel model = new WorkspaceModel();
    private GraphView view;

    @Start
    void start(Stage stage) {
        model.set(FxDemo.workspace());
        view = new GraphView(model, recorder, TaskRunner.inline());
        stage.setScene(new Scene(view.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(view::dispose);
    }

    /** Waits for the viewer to draw (it ticks every 40 ms) and for the FX queue to empty. */
    private static void settle() {
        WaitForAsyncUtils.sleep(250, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onScreen(FxRobot robot, String key) {
        settle();
        AtomicReference<Point2D> p = new AtomicReference<>();
        robot.interact(() -> {
            Point2D local = view.canvas().pixelOf(key);
            p.set(view.canvas().node().localToScreen(local));
        });
        return p.get();
    }

    /** The share of a node's box the canvas paints in {@code colour}. */
    private double shareOf(FxRobot robot, String key, String colour) {
        settle();
        AtomicReference<Double> share = new AtomicReference<>();
        Color want = Color.web(colour);
        robot.interact(() -> {
            javafx.geometry.Bounds box = view.canvas().pixelBox(key);
            WritableImage img = view.canvas().node().snapshot(null, null);
            int hits = 0;
            int all = 0;
            for (int y = (int) box.getMinY() + 1; y < box.getMaxY() - 1; y++) {
                for (int x = (int) box.getMinX() + 1; x < box.getMaxX() - 1; x++) {
                    all++;
                    if (img.getPixelReader().getColor(x, y).equals(want)) {
                        hits++;
                    }
                }
            }
            share.set(all == 0 ? 0.0 : (double) hits / all);
        });
        return share.get();
    }

    /** The first node matching {@code query} in a window that is showing (menus of earlier tests linger). */
    private static javafx.scene.Node showing(FxRobot robot, String query) {
        return robot.lookup(query).match((javafx.scene.Node n) -> n.getScene() != null
                && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing()).query();
    }

    @Test
    void showsTheDemoGraphWithKindColoursLabelsAndLegend(FxRobot robot) {
        settle();
        assertThat(robot.lookup("#graph-status").queryAs(Label.class).getText()).startsWith("54 of 54 nodes");
        assertThat(view.canvas().shown().graph().nodes()).hasSize(54);
        assertThat(shareOf(robot, "platform/PLAT-124", "#0969da")).isGreaterThan(0.4);
        assertThat(shareOf(robot, "cart/SPEC-CART-01", "#1a7f37")).isGreaterThan(0.4);
        assertThat(shareOf(robot, "cart/SPEC-CART-01", "#0969da")).isLessThan(0.05);
        assertThat(robot.lookup("#graph-legend .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("initiative", "platform-spec", "component-spec", "adr", "fail: a gate fails or an error");
        assertThat(view.framesDrawn()).isPositive();
    }

    @Test
    void clickingANodeSelectsItAndDoubleClickOpensIt(FxRobot robot) {
        robot.clickOn(onScreen(robot, "platform/PLAT-124"), MouseButton.PRIMARY);
        settle();
        assertThat(recorder.calls()).contains("select platform/PLAT-124");
        assertThat(view.selectedKeyProperty().get()).isEqualTo("platform/PLAT-124");
        robot.doubleClickOn(onScreen(robot, "cart/SPEC-CART-01"), MouseButton.PRIMARY);
        settle();
        assertThat(recorder.calls()).contains("select cart/SPEC-CART-01", "open cart/SPEC-CART-01");
    }

    @Test
    void hoverShowsTheSummaryAndFailingRules(FxRobot robot) {
        robot.moveTo(onScreen(robot, "payments/SPEC-PAY-05"));
        settle();
        Label hover = robot.lookup("#graph-hover").queryAs(Label.class);
        assertThat(hover.isVisible()).isTrue();
        assertThat(hover.getText()).startsWith("SPEC-PAY-05 · component-spec · payments").contains("Failing gates:");
    }

    @Test
    void filteringByKindHidesTheOtherNodes(FxRobot robot) {
        robot.clickOn("#graph-filter");
        javafx.scene.Node kinds = showing(robot, "Kinds");
        robot.moveTo(kinds).moveBy(kinds.getBoundsInLocal().getWidth() / 2 + 30, 0);
        robot.clickOn(showing(robot, "#graph-filter-kinds-initiative"));
        robot.clickOn(showing(robot, "#graph-filter-kinds-platform-spec"));
        robot.type(javafx.scene.input.KeyCode.ESCAPE).type(javafx.scene.input.KeyCode.ESCAPE);
        settle();
        assertThat(view.canvas().shown().graph().nodes()).extracting(n -> n.key()).containsExactlyInAnyOrder(
                "platform/ECO-124", "platform/ECO-130", "platform/PLAT-124", "platform/PLAT-126", "platform/PLAT-127",
                "platform/PLAT-128", "platform/PLAT-130");
        assertThat(view.canvas().pixelOf("cart/SPEC-CART-01")).isNull();
        assertThat(robot.lookup("#graph-status").queryAs(Label.class).getText()).startsWith("7 of 54 nodes");
        assertThat(shareOf(robot, "platform/ECO-124", "#bf3989")).isGreaterThan(0.4);
    }

    @Test
    void focusDepthOneShowsOnlyTheNeighbourhoodAndTheSpinnerWidensIt(FxRobot robot) {
        robot.interact(() -> view.focus("payments/SPEC-PAY-05"));
        settle();
        assertThat(view.canvas().shown().graph().nodes()).extracting(n -> n.key()).containsExactlyInAnyOrder(
                "payments/SPEC-PAY-05", "platform/PLAT-130", "platform/ADR-104", "platform/cp-checkout@v1",
                "platform/payments");
        assertThat(view.selectedKeyProperty().get()).isEqualTo("payments/SPEC-PAY-05");
        robot.clickOn("#graph-depth .increment-arrow-button");
        settle();
        assertThat(view.canvas().shown().graph().nodes()).extracting(n -> n.key()).contains("platform/ECO-130")
                .hasSizeGreaterThan(5);
        robot.clickOn("#graph-unfocus");
        settle();
        assertThat(view.canvas().shown().graph().nodes()).hasSize(54);
    }

    @Test
    void groupByRepoFoldsTheGraphAndDoubleClickExpandsAGroup(FxRobot robot) {
        robot.interact(() -> view.viewModel().setGroupBy(GroupBy.REPO));
        assertThat(view.canvas().shown().graph().nodes()).hasSize(4);
        robot.doubleClickOn(onScreen(robot, "group:repo:cart"), MouseButton.PRIMARY);
        settle();
        assertThat(view.canvas().shown().graph().nodes()).hasSize(11).anyMatch(n -> n.key().equals("cart/BUG-200"));
        assertThat(recorder.calls()).isEmpty();
        robot.clickOn("#graph-collapse");
        settle();
        assertThat(view.canvas().shown().graph().nodes()).hasSize(4);
    }

    @Test
    void wheelZoomsAroundThePointerAndDragPans(FxRobot robot) {
        Point2D at = onScreen(robot, "platform/PLAT-124");
        double before = view.canvas().camera().getViewPercent();
        robot.moveTo(at).scroll(javafx.geometry.VerticalDirection.DOWN);
        settle();
        double zoomed = view.canvas().camera().getViewPercent();
        assertThat(zoomed).isNotCloseTo(before, org.assertj.core.data.Offset.offset(0.05));
        assertThat(onScreen(robot, "platform/PLAT-124").distance(at)).as("the node under the pointer stays")
                .isLessThan(20);
        robot.scroll(javafx.geometry.VerticalDirection.UP);
        settle();
        assertThat(view.canvas().camera().getViewPercent())
                .isCloseTo(before, org.assertj.core.data.Offset.offset(1e-6));
        double x = view.canvas().camera().getViewCenter().x;
        robot.drag(at.add(0, -60), MouseButton.PRIMARY).dropBy(-200, 0);
        settle();
        assertThat(view.canvas().camera().getViewCenter().x).isGreaterThan(x);
    }

    @Test
    void updatesWhenTheSnapshotChanges(FxRobot robot) {
        robot.interact(() -> model.set(null));
        settle();
        assertThat(view.canvas().shown().graph().nodes()).isEmpty();
        assertThat(robot.lookup("#graph-status").queryAs(Label.class).getText()).isEqualTo("No workspace");
        robot.interact(() -> model.set(FxDemo.workspace()));
        settle();
        assertThat(view.canvas().shown().graph().nodes()).hasSize(54);
    }

    @Test
    void exportsTheViewAsPngAndSvgAndTheGraphAsTheCliFormats(FxRobot robot, @TempDir Path dir) throws Exception {
        settle();
        for (GraphExport f : GraphExport.values()) {
            robot.interact(() -> view.export(f, dir.resolve("g." + f.extension()), p -> written.add("wrote " + p)));
        }
        assertThat(written).hasSize(4);
        byte[] png = Files.readAllBytes(dir.resolve("g.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(Files.readString(dir.resolve("g.svg"))).startsWith("<?xml").contains("id=\"platform/PLAT-124\"");
        assertThat(Files.readString(dir.resolve("g.dot"))).isEqualTo(GraphFormats.dot(FxDemo.workspace().graph()));
        assertThat(Files.readString(dir.resolve("g.graphml")))
                .isEqualTo(GraphFormats.graphml(FxDemo.workspace().graph()));
    }

    @Test
    void rendersOffscreenWithoutAWindow(FxRobot robot) {
        AtomicReference<WritableImage> img = new AtomicReference<>();
        robot.interact(() -> img.set(GraphView.renderOffscreen(FxDemo.workspace(), 800, 500)));
        assertThat(img.get().getWidth()).isEqualTo(800);
        assertThat(img.get().getHeight()).isEqualTo(500);
        int platformBlue = 0;
        Color blue = Color.web("#0969da");
        for (int y = 0; y < 500; y += 2) {
            for (int x = 0; x < 800; x += 2) {
                if (img.get().getPixelReader().getColor(x, y).equals(blue)) {
                    platformBlue++;
                }
            }
        }
        assertThat(platformBlue).as("pixels of platform specs").isGreaterThan(50);
    }
}
