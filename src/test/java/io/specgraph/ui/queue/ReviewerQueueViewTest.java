package io.specgraph.ui.queue;

import io.specgraph.ui.RecordingNavigator;
import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.ReviewRow;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The reviewer queue under headless Monocle: what the user sees, sorting, filtering and navigation. */
@ExtendWith(ApplicationExtension.class)
class ReviewerQueueViewTest {

    /** The app's theme, on this scene only (the views' own CSS uses its looked-up colours). */
    private static final String THEME = new PrimerLight().getUserAgentStylesheet();
    private static Workspace demo;
    private final RecordingNavigator nav = new RecordingNavigator();
    private final WorkspaceModel model = new WorkspaceModel();
    private ReviewerQueueView view;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadDemo() {
        demo = FxDemo.workspace();
    }

    @Start
    void start(Stage stage) {
        model.set(demo);
        view = new ReviewerQueueView(model, nav);
        Scene scene = new Scene(view.root(), 1200, 720);
        scene.getStylesheets().addAll(THEME, "/io/specgraph/ui/specgraph.css");
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private TableView<ReviewRow> table(FxRobot robot) {
        return robot.lookup("#queue-table").queryAs(TableView.class);
    }

    private static List<String> ids(TableView<ReviewRow> table) {
        return table.getItems().stream().map(ReviewRow::id).toList();
    }

    @SuppressWarnings("unchecked")
    private static TableRow<ReviewRow> rowOf(FxRobot robot, String id) {
        return robot.lookup(".table-row-cell").queryAllAs(TableRow.class).stream()
                .map(r -> (TableRow<ReviewRow>) r)
                .filter(r -> r.getItem() != null && r.getItem().id().equals(id)).findFirst().orElseThrow();
    }

    private static Set<String> visibleTexts(FxRobot robot) {
        Set<String> texts = new HashSet<>();
        robot.lookup(".table-cell").queryAllAs(Labeled.class).forEach(c -> texts.add(c.getText()));
        return texts;
    }

    @Test
    void showsTheSpecBlockedByAnAdrFirstWithTheAdrsStateAndOwner(FxRobot robot) {
        assertThat(ids(table(robot)).get(0)).isEqualTo("SPEC-PAY-02");
        assertThat(visibleTexts(robot)).contains("Blocked by ADR", "SPEC-PAY-02", "Guest payment authorization",
                "blocked by ADR-100 (Proposed)", "S. Lindqvist (payments), J. Abebe (platform architecture), CFO office");
        assertThat(robot.lookup("#queue-filter-blocked").queryAs(ToggleButton.class).getText())
                .isEqualTo("Blocked by ADR (3)");
        assertThat(robot.lookup("#queue-filter-awaiting_decision").queryAs(ToggleButton.class).getText())
                .isEqualTo("Awaiting decision (2)");
    }

    @Test
    void sortsByAColumnWhenItsHeaderIsClicked(FxRobot robot) {
        TableView<ReviewRow> table = table(robot);
        robot.clickOn(robot.lookup(".column-header").lookup((Labeled l) -> "Age".equals(l.getText()))
                .queryAs(Labeled.class));
        List<Integer> ages = table.getItems().stream().map(ReviewRow::ageDays).toList();
        assertThat(ages.get(0)).isNotNull();
        assertThat(ages.stream().filter(a -> a != null).toList()).isSorted();
        assertThat(ages.indexOf(null)).isGreaterThan(ages.lastIndexOf(ages.get(0)));
        robot.clickOn(robot.lookup(".column-header").lookup((Labeled l) -> "Node".equals(l.getText()))
                .queryAs(Labeled.class));
        assertThat(ids(table).get(0)).isEqualTo("ADR-2");
        assertThat(ids(table)).isSortedAccordingTo(io.specgraph.engine.view.review.ReviewQueue.ID_ORDER);
    }

    @Test
    void filtersByCategoryAndRepo(FxRobot robot) {
        robot.clickOn("#queue-filter-blocked");
        assertThat(ids(table(robot))).containsExactly("SPEC-PAY-02", "SPEC-PAY-05", "SPEC-SHIP-06");
        @SuppressWarnings("unchecked")
        ComboBox<String> repos = robot.lookup("#queue-repo-filter").queryAs(ComboBox.class);
        robot.interact(() -> repos.setValue("payments"));
        assertThat(ids(table(robot))).containsExactly("SPEC-PAY-02", "SPEC-PAY-05");
        assertThat(robot.lookup("#queue-filter-blocked").queryAs(ToggleButton.class).getText())
                .isEqualTo("Blocked by ADR (2)");
        robot.clickOn("#queue-filter-all");
        assertThat(table(robot).getItems()).isNotEmpty().allMatch(r -> r.repo().equals("payments"));
    }

    @Test
    void aClickSelectsAndShowInGraphSendsTheRowsKey(FxRobot robot) {
        Button graph = robot.lookup("#queue-show-in-graph").queryAs(Button.class);
        assertThat(graph.isDisabled()).isTrue();
        robot.clickOn(rowOf(robot, "SPEC-PAY-02"));
        assertThat(nav.calls()).containsExactly("select payments/SPEC-PAY-02");
        assertThat(graph.isDisabled()).isFalse();
        robot.clickOn("#queue-show-in-graph");
        robot.clickOn("#queue-open-document");
        assertThat(nav.calls()).containsExactly("select payments/SPEC-PAY-02", "show payments/SPEC-PAY-02",
                "open payments/SPEC-PAY-02");
    }

    @Test
    void eachClickAndArrowKeySelectsOnce(FxRobot robot) {
        robot.clickOn(rowOf(robot, "SPEC-PAY-02"));
        robot.clickOn(rowOf(robot, "SPEC-PAY-05"));
        robot.type(KeyCode.DOWN);
        assertThat(nav.calls()).containsExactly("select payments/SPEC-PAY-02", "select payments/SPEC-PAY-05",
                "select shipping/SPEC-SHIP-06");
    }

    @Test
    void aDoubleClickOpensTheDocument(FxRobot robot) {
        robot.clickOn("#queue-filter-awaiting_decision");
        robot.doubleClickOn(rowOf(robot, "ADR-103"), MouseButton.PRIMARY);
        assertThat(nav.calls()).contains("open platform/ADR-103");
    }

    @Test
    void followsANewSnapshot(FxRobot robot) {
        Workspace golden = GoldenRepos.write(new TestRepos(tmp)).load();
        robot.interact(() -> model.set(golden));
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#queue-total").queryLabeled().getText()).isEqualTo("0 items");
        robot.interact(() -> model.set(demo));
        assertThat(ids(table(robot))).contains("SPEC-PAY-02");
    }

    @Test
    void rendersOffscreenWithoutAStage(FxRobot robot) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            WorkspaceModel m = new WorkspaceModel();
            m.set(demo);
            Scene scene = new Scene(new ReviewerQueueView(m, nav).root(), 1200, 700);
            scene.getStylesheets().add(THEME);
            image.set(scene.snapshot(null));
        });
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage img = image.get();
        assertThat(img.getWidth()).isEqualTo(1200);
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < 700; y += 7) {
            for (int x = 0; x < 1200; x += 13) {
                colours.add(img.getPixelReader().getArgb(x, y));
            }
        }
        assertThat(colours).hasSizeGreaterThan(5);
    }
}
