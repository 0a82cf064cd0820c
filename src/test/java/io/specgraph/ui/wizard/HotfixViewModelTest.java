package io.specgraph.ui.wizard;

import io.specgraph.engine.view.workflow.FanOutResult;
import io.specgraph.engine.view.workflow.HotfixRoute;
import io.specgraph.model.EdgeKind;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "Hotfix" view-model on a private copy of the demo, without a toolkit. */
class HotfixViewModelTest {

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private final List<String> opened = new ArrayList<>();
    private HotfixViewModel vm;

    @BeforeEach
    void open() {
        demo = FxDemo.fresh(dir);
        wb = FanOutDialogFixture.workbench(dir, TaskRunner.inline());
        wb.open(demo);
        vm = new HotfixViewModel(wb, FanOutDialogFixture.recorder(opened), "payments", () -> LocalDate.of(2026, 3, 2));
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private List<String> documents() {
        return vm.documents().stream().map(d -> d.role().label() + " " + d.nodeKey()).toList();
    }

    @Test
    void theAnswersChangeTheRouteAndTheDocuments() {
        assertThat(vm.repos()).containsExactly("cart", "payments", "shipping");
        assertThat(vm.repoProperty().get()).isEqualTo("payments");
        assertThat(vm.problemProperty().get()).isEqualTo("Type a title");
        assertThat(vm.canCreateProperty().get()).isFalse();

        vm.titleProperty().set("Refund sent twice");
        assertThat(vm.routeProperty().get()).isEqualTo(HotfixRoute.COMPONENT_ONLY);
        assertThat(documents()).containsExactly("Hotfix spec payments/HOTFIX-02",
                "Follow-up spec payments/SPEC-PAY-07");
        assertThat(vm.canCreateProperty().get()).isTrue();

        vm.changesContractProperty().set(true);
        assertThat(vm.routeProperty().get()).isEqualTo(HotfixRoute.CONTRACT_CHANGE);
        assertThat(documents()).contains("Contract change spec platform/CONTRACT-14@v1");
        vm.contractProperty().set("payments/CONTRACT-11@v1");
        assertThat(documents()).contains("Contract change spec payments/CONTRACT-11@v2");

        vm.breaksPolicyProperty().set(true);
        assertThat(vm.routeProperty().get()).isEqualTo(HotfixRoute.POLICY_EXCEPTION);
        assertThat(documents()).containsExactly("Hotfix spec payments/HOTFIX-02",
                "Follow-up spec payments/SPEC-PAY-07", "Contract change spec payments/CONTRACT-11@v2",
                "Policy exception ADR platform/ADR-105");
    }

    @Test
    void createWritesLinkedDocumentsReloadsAndOpensThemHotfixLast() {
        vm.titleProperty().set("Refund sent twice");
        vm.breaksPolicyProperty().set(true);

        FanOutResult result = vm.create();

        assertThat(result.problems()).isEmpty();
        assertThat(opened).containsExactly("platform/ADR-105", "payments/SPEC-PAY-07", "payments/HOTFIX-02");
        assertThat(wb.model().get().graph().outgoing("payments/HOTFIX-02", EdgeKind.BLOCKED_BY))
                .extracting(e -> e.to()).containsExactly("platform/ADR-105");
        assertThat(vm.outcomeProperty().get())
                .isEqualTo("Created platform/ADR-105, payments/SPEC-PAY-07, payments/HOTFIX-02");
        assertThat(demo.resolve("payments/specs/HOTFIX-02-refund-sent-twice.md")).exists();
    }
}
