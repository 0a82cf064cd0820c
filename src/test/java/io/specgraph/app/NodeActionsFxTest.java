package io.specgraph.app;

import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The inspector offers each node's workflows: a pack's next version, an OpenSpec change's stage, an ADR's board. */
@ExtendWith(ApplicationExtension.class)
class NodeActionsFxTest {

    @TempDir
    static Path home;
    private Workbench workbench;

    @Start
    void start(Stage stage) {
        workbench = TestWorkbench.show(stage, home);
    }

    private Node first(NodeKind kind) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> workbench.model().model().get() != null);
        return workbench.model().model().get().graph().nodes().stream().filter(n -> n.kind() == kind).findFirst()
                .orElseThrow();
    }

    private Button action(FxRobot robot, String label) {
        return robot.lookup("#inspector-actions .button").match((Button b) -> b.getText().equals(label))
                .queryAs(Button.class);
    }

    @Test
    void aContextPackOffersItsNextVersionInADialog(FxRobot robot) throws Exception {
        Node pack = first(NodeKind.CONTEXT_PACK);
        robot.interact(() -> workbench.window().select(pack.key()));
        robot.clickOn(action(robot, "Build the next version…"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows()).filteredOn(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().toLowerCase().contains("context pack")).hasSize(1);
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList().forEach(Window::hide));
    }

    @Test
    void aPlatformSpecOffersItsFanOutAndAComponentSpecAHotfix(FxRobot robot) throws Exception {
        Node plat = first(NodeKind.PLATFORM_SPEC);
        robot.interact(() -> workbench.window().select(plat.key()));
        assertThat(action(robot, "Fan out to component repos…")).isNotNull();
        Node spec = first(NodeKind.COMPONENT_SPEC);
        robot.interact(() -> workbench.window().select(spec.key()));
        robot.clickOn(action(robot, "Route a hotfix…"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#hotfix-repo").tryQuery()).isPresent();
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getOwner() != null)
                .toList().forEach(Window::hide));
    }

    @Test
    void anOpenSpecChangeShowsItsStageAndAnAdrLeadsToItsBoard(FxRobot robot) throws Exception {
        Node change = first(NodeKind.CHANGE);
        robot.interact(() -> workbench.window().select(change.key()));
        Label stage = robot.lookup("#openspec-stage").queryAs(Label.class);
        assertThat(stage.isVisible()).isTrue();
        assertThat(stage.getText()).isNotBlank();
        Node adr = first(NodeKind.ADR);
        robot.interact(() -> workbench.window().select(adr.key()));
        assertThat(robot.lookup("#openspec-actions").query().isVisible()).isFalse();
        robot.clickOn(action(robot, "Review on the ADR board"));
        Tab tab = robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
        assertThat(tab.getId()).isEqualTo("tab-adr");
    }
}
