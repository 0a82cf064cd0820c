package io.specgraph.ui.wizard;

import io.specgraph.engine.view.workflow.FanOutItem;
import io.specgraph.engine.view.workflow.FanOutResult;
import io.specgraph.model.EdgeKind;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Fan out" view-model on a private copy of the demo with two new fan-out tasks, without a toolkit. */
class FanOutViewModelTest {

    static final String TASKS = "platform/platform-specs/PLAT-124-guest-checkout/tasks.md";
    static final String NEW_TASKS = """

            ## Phase 5: Loyalty

            - [ ] T040 Loyalty points in the cart
              - component_repo: cart
              - platform_spec_id: PLAT-124 v1
              - context_pack_version: cp-checkout v2
              - contract_change: no
              - blocked_by: ADR-103
            - [ ] T041 Loyalty ledger
              - component_repo: billing
              - platform_spec_id: PLAT-124 v1
            - [ ] T042 Loyalty refunds
              - component_repo: payments
              - platform_spec_id: PLAT-124 v1
              - context_pack_version: cp-checkout v2
              - contract_change: yes
            """;

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private final List<String> opened = new ArrayList<>();

    static Path demoWithNewTasks(Path dir) throws IOException {
        Path demo = FxDemo.fresh(dir);
        Files.writeString(demo.resolve(TASKS), NEW_TASKS, StandardOpenOption.APPEND);
        return demo;
    }

    @BeforeEach
    void open() throws IOException {
        demo = demoWithNewTasks(dir);
        wb = FanOutDialogFixture.workbench(dir, TaskRunner.inline());
        wb.open(demo);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private FanOutViewModel vm() {
        return new FanOutViewModel(wb, FanOutDialogFixture.recorder(opened), "platform/PLAT-124", () -> LocalDate.of(2026, 3, 2));
    }

    @Test
    void rowsShowEveryTaskWithTheNewOnesTicked() {
        FanOutViewModel vm = vm();

        assertThat(vm.headingProperty().get()).isEqualTo("Fan out PLAT-124 — Guest Checkout");
        assertThat(vm.rows()).extracting(r -> r.item().key() + " " + r.selectedProperty().get() + " " + r.state())
                .as("new tasks first, then problems, then the ones covered").containsExactly("T040 true New",
                        "T042 true New — contract change: its contract spec comes first",
                        "T041 false Problem: no repo billing in the workspace (add it, or correct "
                                + "component_repo)",
                        "T010 false Exists: cart/SPEC-CART-01", "T011 false Exists: payments/SPEC-PAY-02",
                        "T012 false Exists: shipping/SPEC-SHIP-03", "T013 false Exists: shipping/SPEC-SHIP-06",
                        "T020 false Exists: payments/SPEC-PAY-03", "T021 false Exists: cart/SPEC-CART-05",
                        "T022 false Exists: shipping/SPEC-SHIP-07");
        FanOutViewModel.Row t40 = vm.rows().stream().filter(r -> r.item().key().equals("T040")).findFirst()
                .orElseThrow();
        assertThat(t40.links()).isEqualTo("implements PLAT-124 v1 · context cp-checkout v2 · contracts CONTRACT-10 "
                + "v2, CONTRACT-11 v1, CONTRACT-12 v1 · blocked by ADR-103");
        assertThat(vm.canCreateProperty().get()).isTrue();
        vm.rows().forEach(r -> r.selectedProperty().set(false));
        assertThat(vm.canCreateProperty().get()).isFalse();
    }

    @Test
    void createWritesTheTickedSpecsReloadsAndOpensThem() {
        FanOutViewModel vm = vm();
        vm.rows().stream().filter(r -> r.item().key().equals("T042")).forEach(r -> r.selectedProperty().set(false));

        FanOutResult result = vm.create();

        assertThat(result.written()).extracting(FanOutResult.Written::nodeKey).containsExactly("cart/SPEC-CART-07");
        assertThat(demo.resolve("cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md")).exists();
        assertThat(opened).containsExactly("cart/SPEC-CART-07");
        assertThat(wb.model().get().graph().outgoing("platform/PLAT-124", EdgeKind.CHILD)).extracting(e -> e.to())
                .contains("cart/SPEC-CART-07");
        assertThat(vm.outcomeProperty().get()).isEqualTo("Created cart/SPEC-CART-07");
        assertThat(vm.rows()).filteredOn(r -> r.item().key().equals("T040")).extracting(r -> r.item().state())
                .as("planned again from the reloaded workspace").containsExactly(FanOutItem.State.EXISTS);
        assertThat(vm.rows()).filteredOn(r -> r.selectedProperty().get()).extracting(r -> r.item().key())
                .containsExactly("T042");
    }

    @Test
    void aPlatformSpecWithoutTasksSaysSoAndCannotCreate() {
        FanOutViewModel vm = new FanOutViewModel(wb, FanOutDialogFixture.recorder(opened), "platform/PLAT-126");

        assertThat(vm.rows()).isEmpty();
        assertThat(vm.problemProperty().get()).startsWith("PLAT-126 has no fan-out tasks");
        assertThat(vm.canCreateProperty().get()).isFalse();
    }
}
