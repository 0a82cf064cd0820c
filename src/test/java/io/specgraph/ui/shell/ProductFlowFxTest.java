package io.specgraph.ui.shell;

import io.specgraph.app.TestWorkbench;
import io.specgraph.app.Workbench;
import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.model.LifecycleState;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when" in the real main window, as one flow: a product manager creates an initiative and its
 * platform spec from templates, links them with completion and writes two fan-out tasks; fans the spec out to the
 * cart and payments repos, where the payments spec's gates explain that ADR-100 blocks it; a reviewer approves
 * ADR-100 on the board and the block is gone; the whole change set is committed and pushed from the Changes tab and
 * checked in fresh clones of the demo's bare remotes.
 */
@ExtendWith({IsolatedGitConfig.class, ApplicationExtension.class})
class ProductFlowFxTest {

    @TempDir
    static Path home;
    private Workbench workbench;
    private FlowRobot flow;

    @Start
    void start(Stage stage) {
        workbench = TestWorkbench.show(stage, home);
    }

    @Test
    void aProductManagerFansOutAReviewerUnblocksAndTheChangeSetIsPushed(FxRobot robot) throws Exception {
        flow = new FlowRobot(robot, workbench);
        flow.awaitWorkspace();
        Path demo = flow.demoDir();

        // 1. the product manager: an initiative and its platform spec from templates
        flow.newDocument("Initiative", "platform", "Gift cards");
        String initiative = flow.awaitOpenedTab("ECO-");
        assertThat(initiative).as("the new initiative's key").isEqualTo("platform/ECO-131");
        flow.newDocument("Platform spec", "platform", "Gift card checkout");
        String spec = flow.awaitOpenedTab("PLAT-");
        assertThat(spec).isEqualTo("platform/PLAT-131");
        Path specFile = flow.file(spec);
        assertThat(specFile).exists();

        robot.clickOn("#editor-view-form");
        TextField initiativeField = robot.lookup("#form-field-initiative").queryAs(TextField.class);
        robot.clickOn(initiativeField).write("eco-13");
        flow.pickCompletion("ECO-131");
        assertThat(initiativeField.getText()).isEqualTo("ECO-131");

        robot.clickOn("#editor-view-raw");
        flow.appendToEditor("\n## Fan-out tasks\n\n", FAN_OUT);
        robot.clickOn("#editor-save");
        flow.awaitTrue("the saved spec has its initiative and fan-out tasks", () -> {
            String text = Files.readString(specFile);
            return text.contains("- Initiative: ECO-131") && text.contains("T002 Gift card payments");
        });
        assertThat(flow.selectedTab().getText()).as("saved: no dirty mark").isEqualTo("PLAT-131");
        flow.awaitTrue("the workspace sees PLAT-131's initiative", () -> flow.workspace().graph()
                .outgoing(spec).stream().anyMatch(e -> e.to().equals(initiative)));

        // 2. fan out to the component repos from the inspector
        flow.selectInTree("PLAT-131", "PLAT-131 Gift card checkout");
        assertThat(workbench.model().selectedProperty().get()).isEqualTo(spec);
        robot.clickOn(flow.inspectorAction("Fan out to component repos\u2026"));
        flow.awaitTrue("the fan-out dialog opens", () -> robot.lookup("#fanout-table").tryQuery().isPresent());
        assertThat(robot.lookup("#fanout-heading").queryAs(Label.class).getText())
                .isEqualTo("Fan out PLAT-131 \u2014 Gift card checkout");
        flow.awaitTrue("the fan-out dialog lists the two tasks", () -> flow.tableTexts("#fanout-table")
                .containsAll(List.of("T001", "T002")), () -> flow.tableTexts("#fanout-table") + " "
                + flow.labelText("#fanout-problem") + "\n" + read(specFile));
        assertThat(flow.tableTexts("#fanout-table")).contains("T001", "T002", "cart", "payments", "New")
                .anyMatch(t -> t.startsWith("SPEC-CART-07  specs/SPEC-CART-07-gift-card-balance-in-the-cart.md"))
                .anyMatch(t -> t.contains("blocked by ADR-100"));
        robot.clickOn("#fanout-create");
        flow.awaitTrue("the fan-out dialog closes and PLAT-131 has two children", () -> robot.lookup("#fanout-table")
                .tryQuery().isEmpty() && flow.children(spec).size() == 2,
                () -> flow.labelText("#fanout-problem") + " children " + flow.children(spec));
        List<String> children = flow.children(spec);
        String cart = children.stream().filter(k -> k.startsWith("cart/")).findFirst().orElseThrow();
        String payments = children.stream().filter(k -> k.startsWith("payments/")).findFirst().orElseThrow();
        assertThat(cart).isEqualTo("cart/SPEC-CART-07");
        assertThat(Files.readString(flow.file(cart))).contains("- Implements: PLAT-131 v1",
                "Source: PLAT-131 v1 (fan-out task T001)");
        assertThat(Files.readString(flow.file(payments))).contains("- Implements: PLAT-131 v1",
                "- Blocked By: [ADR-100]");
        assertThat(Files.readString(specFile)).contains("cart:SPEC-CART-07", "payments:" + id(payments));
        assertThat(flow.openTabs()).as("the new specs open in the editor").contains("doc:" + cart, "doc:" + payments);

        flow.selectInTree(id(payments), id(payments) + " Gift card payments");
        flow.awaitTrue("the inspector explains RI1 on " + payments, () -> flow.inspectorTexts().stream()
                .anyMatch(t -> t.startsWith("RI1 \u00b7")), () -> String.valueOf(flow.inspectorTexts()));
        assertThat(flow.inspectorTexts()).contains("blocked by ADR-100, which is Proposed")
                .anyMatch(t -> t.startsWith("Fix: ") && t.contains("ADR-100"));

        // 3. the reviewer approves ADR-100 on the ADR board
        flow.shortcut(KeyCode.DIGIT3);
        assertThat(flow.selectedTab().getId()).isEqualTo("tab-adr");
        flow.adrStep("adr-action-to-review", "ADR-100: status proposed \u2192 in review");
        flow.awaitTrue("ADR-100 is In Review", () -> flow.state("platform/ADR-100") == LifecycleState.IN_REVIEW);
        flow.adrStep("adr-action-approve", "ADR-100: status in review \u2192 accepted",
                id(payments) + " is no longer blocked by ADR-100 (its status Draft stays)");
        flow.awaitTrue("ADR-100 is Accepted", () -> flow.state("platform/ADR-100") == LifecycleState.APPROVED);
        assertThat(Files.readString(flow.file("platform/ADR-100"))).contains("status: \"accepted\"");
        flow.awaitTrue("the inspector shows " + payments + " without RI1", () -> flow.inspectorTexts().stream()
                .anyMatch(t -> t.startsWith(id(payments))) && flow.inspectorTexts().stream()
                .noneMatch(t -> t.startsWith("RI1")), () -> String.valueOf(flow.inspectorTexts()));

        assertThat(workbench.model().selectedProperty().get()).as("still selected").isEqualTo(payments);

        // 4. commit and push the whole change set
        flow.shortcut(KeyCode.DIGIT6);
        assertThat(flow.selectedTab().getId()).isEqualTo("tab-changes");
        List<String> files = List.of(flow.relative(initiative), flow.relative(spec), flow.relative(cart),
                flow.relative(payments), flow.relative("platform/ADR-100"));
        flow.awaitTrue("the Changes tree lists " + files, () -> flow.treeTexts("#changes-tree").containsAll(files),
                () -> String.valueOf(flow.treeTexts("#changes-tree")));
        String message = robot.lookup("#changes-message").queryAs(TextArea.class).getText();
        assertThat(message).as("the prefilled message names what changed").contains("- add ECO-131",
                "- add PLAT-131", "- add SPEC-CART-07", "- add " + id(payments),
                "- ADR-100: status proposed \u2192 accepted");
        assertThat(flow.treeTexts("#changes-tree")).contains("platform  main \u2192 origin/main \u00b7 3 files",
                "cart  main \u2192 origin/main \u00b7 1 file", "payments  main \u2192 origin/main \u00b7 2 files",
                "spec-graph.json (regenerated when committed)");
        robot.clickOn("#changes-author-name").write("Pat Product");
        robot.clickOn("#changes-author-email").write("pat@example.com");
        robot.clickOn("#changes-commit-push");
        flow.awaitTrue("every repo says pushed", () -> flow.results().stream().filter(t -> t.contains(": pushed "))
                .count() == 3, () -> String.valueOf(flow.results()));
        assertThat(flow.results()).anyMatch(t -> t.startsWith("platform: pushed "))
                .anyMatch(t -> t.startsWith("cart: pushed ")).anyMatch(t -> t.startsWith("payments: pushed "))
                .contains("platform: spec-graph.json regenerated");
        flow.awaitTrue("the Changes tab says nothing is left", () -> flow.labelText("#changes-summary")
                .startsWith("No changes"), () -> flow.labelText("#changes-summary"));

        Path platform = flow.freshClone(demo, "platform");
        assertThat(Files.readString(platform.resolve("spec-graph.json"))).as("regenerated with the new specs")
                .contains(id(payments), "PLAT-131");
        assertThat(platform.resolve(flow.relative(initiative))).exists();
        assertThat(Files.readString(platform.resolve(flow.relative(spec))))
                .contains("- Initiative: ECO-131", "payments:" + id(payments));
        assertThat(Files.readString(platform.resolve(flow.relative("platform/ADR-100"))))
                .contains("status: \"accepted\"");
        assertThat(Files.readString(flow.freshClone(demo, "cart").resolve(flow.relative(cart))))
                .contains("- Implements: PLAT-131 v1");
        assertThat(Files.readString(flow.freshClone(demo, "payments").resolve(flow.relative(payments))))
                .contains("- Blocked By: [ADR-100]");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static String id(String key) {
        return key.substring(key.indexOf('/') + 1);
    }

    /** The fan-out tasks the product manager pastes into the raw view (the demo's tasks.md format). */
    static final String FAN_OUT = """
            - [ ] T001 Gift card balance in the cart
              - component_repo: cart
              - platform_spec_id: PLAT-131 v1
              - context_pack_version: cp-checkout v2
              - contract_change: no
              - blocked_by: []
            - [ ] T002 Gift card payments
              - component_repo: payments
              - platform_spec_id: PLAT-131 v1
              - context_pack_version: cp-checkout v2
              - contract_change: no
              - blocked_by: ADR-100
            """;
}
