package io.specgraph.ui.adr;

import atlantafx.base.theme.PrimerLight;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.WorkspaceModel;
import io.specgraph.ui.RecordingNavigator;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The ADR board under headless Monocle: columns, cards, filters and navigation. */
@ExtendWith(ApplicationExtension.class)
class AdrBoardViewTest {

    /** The app's theme, on this scene only (the views' own CSS uses its looked-up colours). */
    private static final String THEME = new PrimerLight().getUserAgentStylesheet();
    private static Workspace demo;
    private final RecordingNavigator nav = new RecordingNavigator();
    private final WorkspaceModel model = new WorkspaceModel();

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadDemo() {
        demo = FxDemo.workspace();
    }

    @Start
    void start(Stage stage) {
        model.set(demo);
        Scene scene = new Scene(new AdrBoardView(model, nav).root(), 1200, 720);
        scene.getStylesheets().addAll(THEME, "/io/specgraph/ui/specgraph.css");
        stage.setScene(scene);
        stage.show();
    }

    /** The node keys of the cards in a column's list, top to bottom (the list builds those in sight). */
    @SuppressWarnings("unchecked")
    private static List<String> cards(FxRobot robot, String column) {
        ListView<AdrCard> list = robot.lookup("#adr-list-" + column).queryAs(ListView.class);
        return list.getItems().stream().map(AdrCard::key).toList();
    }

    /** The card nodes built in a column (the cards in sight). */
    private static List<String> shownCards(FxRobot robot, String column) {
        return robot.lookup("#adr-column-" + column).lookup(".adr-card").queryAll().stream()
                .map(n -> (String) n.getUserData()).toList();
    }

    private static Node card(FxRobot robot, String key) {
        return robot.lookup(".adr-card").match((Node n) -> key.equals(n.getUserData())).query();
    }

    @Test
    void showsEachAdrInTheColumnOfItsState(FxRobot robot) {
        assertThat(cards(robot, "proposed")).containsExactly("platform/ADR-100");
        assertThat(cards(robot, "in-review")).containsExactly("platform/ADR-103");
        assertThat(cards(robot, "approved")).hasSize(7).startsWith("platform/ADR-101", "platform/ADR-102");
        assertThat(cards(robot, "rejected")).containsExactly("platform/ADR-104");
        assertThat(cards(robot, "superseded")).containsExactly("platform/ADR-98");
        assertThat(cards(robot, "deprecated")).containsExactly("cart/ADR-2");
        assertThat(cards(robot, "unknown")).isEmpty();
        assertThat(shownCards(robot, "proposed")).containsExactly("platform/ADR-100");
        assertThat(shownCards(robot, "approved")).isNotEmpty().startsWith("platform/ADR-101");
        assertThat(robot.lookup("#adr-column-proposed").lookup(".adr-column-title").queryLabeled().getText())
                .isEqualTo("Proposed (1)");
        assertThat(robot.lookup("#adr-total").queryLabeled().getText()).isEqualTo("12 ADRs");
    }

    @Test
    void aCardShowsScopeBlockedSpecsAndTheSupersessionChain(FxRobot robot) {
        Set<String> texts = new HashSet<>();
        robot.from(card(robot, "platform/ADR-100")).lookup((Node n) -> n instanceof Labeled)
                .queryAllAs(Labeled.class).forEach(l -> texts.add(l.getText()));
        assertThat(texts).contains("ADR-100", "global", "Payment provider for guest payments", "Blocks (1)",
                "SPEC-PAY-02", "fails 1", "Governs (1)", "PLAT-124", "ok");
        assertThat(robot.from(card(robot, "platform/ADR-98")).lookup(".adr-card-chain").queryLabeled().getText())
                .isEqualTo("ADR-98 → ADR-102");
    }

    @Test
    void aClickSelectsADoubleClickOpensAndTheContextMenuShowsInGraph(FxRobot robot) {
        robot.clickOn(card(robot, "platform/ADR-103"));
        assertThat(nav.calls()).containsExactly("select platform/ADR-103");
        nav.clear();
        robot.doubleClickOn(card(robot, "platform/ADR-100"), MouseButton.PRIMARY);
        assertThat(nav.calls()).contains("open platform/ADR-100");
        nav.clear();
        robot.rightClickOn(card(robot, "platform/ADR-104"));
        robot.clickOn("Show in graph");
        assertThat(nav.calls()).containsExactly("show platform/ADR-104");
    }

    @Test
    void aSpecLinkOnACardSelectsTheSpec(FxRobot robot) {
        robot.clickOn(robot.from(card(robot, "platform/ADR-100")).lookup(".hyperlink")
                .match((Hyperlink h) -> "SPEC-PAY-02".equals(h.getText())).queryAs(Node.class));
        assertThat(nav.calls()).contains("select payments/SPEC-PAY-02");
    }

    @Test
    void filtersLocalAdrsAndByRepo(FxRobot robot) {
        robot.clickOn("#adr-scope-local");
        assertThat(cards(robot, "proposed")).isEmpty();
        assertThat(cards(robot, "approved")).containsExactly("cart/ADR-1", "payments/ADR-1", "shipping/ADR-1",
                "shipping/ADR-2", "shipping/ADR-3");
        @SuppressWarnings("unchecked")
        ComboBox<String> repos = robot.lookup("#adr-repo-filter").queryAs(ComboBox.class);
        robot.interact(() -> repos.setValue("cart"));
        assertThat(cards(robot, "approved")).containsExactly("cart/ADR-1");
        assertThat(cards(robot, "deprecated")).containsExactly("cart/ADR-2");
        robot.clickOn("#adr-scope-global");
        assertThat(robot.lookup(".adr-card").queryAll()).isEmpty();
        assertThat(robot.lookup("#adr-total").queryLabeled().getText()).isEqualTo("0 ADRs");
    }

    @Test
    void followsANewSnapshot(FxRobot robot) {
        Workspace golden = GoldenRepos.write(new TestRepos(tmp))
                .file("platform/adr/0001-a.md", "# 1. A\n\n## Status\n\nProposed\n\n## Context\n\nC.\n").load();
        robot.interact(() -> model.set(golden));
        assertThat(cards(robot, "proposed")).containsExactly("platform/ADR-1");
        assertThat(robot.lookup(".adr-card").queryAll()).hasSize(1);
    }

    @Test
    void aCardListsAtMostEightSpecsAndCountsTheRest(FxRobot robot) {
        TestRepos repos = GoldenRepos.write(new TestRepos(tmp))
                .file("platform/adr/0001-a.md", "# 1. A\n\n## Status\n\nProposed\n\n## Context\n\nC.\n");
        for (int i = 2; i <= 11; i++) {
            repos.file("cart/specs/SPEC-CART-" + i + ".md", GoldenRepos.componentSpec("SPEC-CART-" + i, "PLAT-1 v1")
                    .replace("- Blocked By: []", "- Blocked By: []\n- ADRs: ADR-1"));
        }
        Workspace ws = repos.load();
        robot.interact(() -> model.set(ws));
        Node card = card(robot, "platform/ADR-1");
        assertThat(robot.from(card).lookup(".hyperlink").queryAll()).hasSize(8);
        assertThat(robot.from(card).lookup(".adr-card-more").queryLabeled().getText()).isEqualTo("+2 more");
        assertThat(robot.from(card).lookup(".adr-card-section").queryLabeled().getText()).isEqualTo("Governs (10)");
    }

    @Test
    void rendersOffscreenWithoutAStage(FxRobot robot) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            WorkspaceModel m = new WorkspaceModel();
            m.set(demo);
            Scene scene = new Scene(new AdrBoardView(m, nav).root(), 1200, 700);
            scene.getStylesheets().add(THEME);
            image.set(scene.snapshot(null));
        });
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
