package io.specgraph.ui.initiatives;

import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.WorkspaceModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's state without a toolkit. */
class InitiativesViewModelTest {

    @TempDir
    Path dir;

    private static InitiativesViewModel demo() {
        WorkspaceModel model = new WorkspaceModel();
        model.set(FxDemo.workspace());
        return new InitiativesViewModel(model);
    }

    private static List<String> labels(List<BoardRow> rows) {
        return rows.stream().flatMap(r -> r.flatten().stream()).map(BoardRow::label).toList();
    }

    @Test
    void showsEveryInitiativeWithItsTree() {
        InitiativesViewModel vm = demo();
        assertThat(vm.rows()).extracting(BoardRow::label)
                .containsExactly("ECO-124 Guest Checkout", "ECO-130 Express Checkout with Wallets");
        BoardRow eco = vm.rows().get(0);
        assertThat(eco.progress()).isEqualTo(0.2);
        assertThat(eco.specs())
                .isEqualTo("4 platform specs · 15 specs · 3 Approved · 3 Implementing · 0 Done · 2 Blocked");
        assertThat(eco.fanOut()).isEqualTo("7 tasks → 3/3 repos");
        assertThat(eco.children()).extracting(BoardRow::label)
                .containsExactly("PLAT-124", "PLAT-126", "PLAT-127", "PLAT-128", "add-guest-quotes");
        BoardRow cart = eco.children().get(0).children().get(0);
        assertThat(cart.type()).isEqualTo(BoardRow.Type.REPO);
        assertThat(cart.fanOut()).isEqualTo("T010, T021");
        assertThat(cart.children()).extracting(BoardRow::nodeKey).containsExactly("cart/SPEC-CART-01",
                "cart/SPEC-CART-02", "cart/SPEC-CART-05", "cart/SPEC-CART-06");
        assertThat(vm.summaryProperty().get())
                .isEqualTo("2 initiatives · 5 platform specs · 16 component specs · fan-out 3/3 targets covered");
        assertThat(vm.statesProperty().get())
                .containsExactly(InitiativesViewModel.ALL_STATES, "Implementing", "Paused");
    }

    @Test
    void textFilterKeepsThePathToWhatMatches() {
        InitiativesViewModel vm = demo();
        vm.filterTextProperty().set("ship-06");
        assertThat(labels(vm.rows())).containsExactly("ECO-124 Guest Checkout", "PLAT-124", "shipping", "SPEC-SHIP-06");
        vm.filterTextProperty().set("wallets");
        assertThat(vm.rows()).extracting(BoardRow::label).containsExactly("ECO-130 Express Checkout with Wallets");
        assertThat(labels(vm.rows())).contains("SPEC-PAY-05"); // a matching row keeps its subtree
        vm.filterTextProperty().set("");
        assertThat(vm.rows()).hasSize(2);
    }

    @Test
    void stateFilterAndProblemsOnly() {
        InitiativesViewModel vm = demo();
        vm.stateFilterProperty().set("Paused");
        assertThat(vm.rows()).extracting(BoardRow::label).containsExactly("ECO-130 Express Checkout with Wallets");
        vm.stateFilterProperty().set(InitiativesViewModel.ALL_STATES);
        vm.problemsOnlyProperty().set(true);
        List<String> shown = labels(vm.rows());
        assertThat(shown).contains("SPEC-SHIP-06", "SPEC-PAY-02", "PLAT-126")
                .doesNotContain("SPEC-CART-01", "SPEC-SHIP-03", "PLAT-127", "add-guest-quotes");
    }

    @Test
    void followsTheSnapshotAndShowsAMissingTarget() {
        WorkspaceModel model = new WorkspaceModel();
        InitiativesViewModel vm = new InitiativesViewModel(model);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEqualTo("No workspace loaded");
        model.set(new TestRepos(dir)
                .file("platform/initiatives/ECO-9.md",
                        "---\nid: ECO-9\nkind: initiative\nstatus: Planned\n---\n# Nine\n")
                .file("platform/platform-specs/PLAT-9/spec.md", "# Nine\n\n## Metadata\n- ID: PLAT-9\n"
                        + "- Kind: platform-spec\n- Version: v1\n- Status: Draft\n- Initiative: ECO-9\n")
                .file("platform/platform-specs/PLAT-9/tasks.md", "# Tasks\n\n- [ ] T001 Search index\n"
                        + "  - component_repo: search\n  - platform_spec_id: PLAT-9 v1\n")
                .load());
        assertThat(vm.rows()).extracting(BoardRow::label).containsExactly("ECO-9 Nine");
        BoardRow missing = vm.rows().get(0).children().get(0).children().get(0);
        assertThat(missing.type()).isEqualTo(BoardRow.Type.MISSING);
        assertThat(missing.label()).isEqualTo("search");
        assertThat(missing.fanOut()).isEqualTo("T001");
        assertThat(missing.isProblem()).isTrue();
        model.set(null);
        assertThat(vm.rows()).isEmpty();
    }
}
