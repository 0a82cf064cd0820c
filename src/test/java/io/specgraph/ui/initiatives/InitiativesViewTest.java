package io.specgraph.ui.initiatives;

import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.RecordingNavigator;
import io.specgraph.ui.Snapshots;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeTableRow;
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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class InitiativesViewTest {

    @TempDir
    Path dir;

    private final WorkspaceModel model = new WorkspaceModel();
    private final RecordingNavigator nav = new RecordingNavigator();
    private InitiativesView view;

    @Start
    void start(Stage stage) {
        model.set(FxDemo.workspace());
        view = new InitiativesView(model, nav);
        stage.setScene(Snapshots.themed(new Scene(view.root(), 1200, 700)));
        stage.show();
    }

    private static Optional<TreeTableRow<BoardRow>> row(FxRobot robot, String label) {
        return robot.lookup(".tree-table-row-cell").<TreeTableRow<BoardRow>>queryAllAs(cast())
                .stream()
                .filter(r -> r.isVisible() && !r.isEmpty() && r.getItem() != null && r.getItem().label().equals(label))
                .findFirst();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<TreeTableRow<BoardRow>> cast() {
        return (Class) TreeTableRow.class;
    }

    @Test
    void showsGuestCheckoutWithItsProgress(FxRobot robot) {
        assertThat(row(robot, "ECO-124 Guest Checkout")).isPresent();
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText).contains("20 %");
        assertThat(robot.lookup("#initiatives-summary").queryAs(Label.class).getText())
                .startsWith("2 initiatives · 5 platform specs");
        // initiatives open on their platform specs; component specs stay folded
        assertThat(row(robot, "PLAT-124")).isPresent();
        assertThat(row(robot, "SPEC-CART-01")).isEmpty();
    }

    @Test
    void expandingShowsTheComponentSpecsAndAClickSelects(FxRobot robot) {
        robot.clickOn(row(robot, "PLAT-124").orElseThrow().lookup(".tree-disclosure-node"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(row(robot, "cart").orElseThrow().lookup(".tree-disclosure-node"));
        WaitForAsyncUtils.waitForFxEvents();
        TreeTableRow<BoardRow> spec = row(robot, "SPEC-CART-01").orElseThrow();
        assertThat(spec.getItem().status()).isEqualTo("Implementing");
        assertThat(row(robot, "SPEC-CART-06")).isPresent();
        nav.clear();
        robot.clickOn(spec);
        assertThat(nav.calls()).containsExactly("select cart/SPEC-CART-01");
        robot.doubleClickOn(row(robot, "SPEC-CART-02").orElseThrow());
        assertThat(nav.calls()).contains("open cart/SPEC-CART-02");
        nav.clear();
        MenuItem graph = row(robot, "SPEC-CART-05").orElseThrow().getContextMenu().getItems().get(0);
        assertThat(graph.getText()).isEqualTo("Show in graph");
        robot.interact(graph::fire);
        assertThat(nav.calls()).containsExactly("show cart/SPEC-CART-05");
        assertThat(row(robot, "cart").orElseThrow().getContextMenu()).isNull(); // a repo group is no node
    }

    @Test
    void filterNarrowsTheTree(FxRobot robot) {
        robot.clickOn("#initiatives-filter").write("SHIP-08");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, "SPEC-SHIP-08")).isPresent();
        assertThat(row(robot, "ECO-130 Express Checkout with Wallets")).isEmpty();
    }

    @Test
    void updatesWhenTheSnapshotChanges(FxRobot robot) {
        robot.interact(() -> model.set(new TestRepos(dir)
                .file("platform/initiatives/ECO-9.md",
                        "---\nid: ECO-9\nkind: initiative\nstatus: Planned\n---\n# Nine\n")
                .load()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(robot, "ECO-9 Nine")).isPresent();
        assertThat(row(robot, "ECO-124 Guest Checkout")).isEmpty();
    }

    @Test
    void rendersOffscreen() throws Exception {
        WritableImage img = Snapshots.render(() -> new InitiativesView(model, nav).root(), 1000, 600);
        assertThat(img.getWidth()).isEqualTo(1000);
        assertThat(Snapshots.colours(img)).isGreaterThan(10);
    }
}
