package io.specgraph.ui.queue;

import io.specgraph.ui.RecordingNavigator;
import io.specgraph.engine.view.review.ReviewCategory;
import io.specgraph.engine.view.review.ReviewRow;
import io.specgraph.model.Severity;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue's view-model without a toolkit: filters, counts, commands, a new snapshot. */
class ReviewerQueueViewModelTest {

    private final RecordingNavigator nav = new RecordingNavigator();
    private final ReviewerQueueViewModel vm = new ReviewerQueueViewModel(nav, () -> LocalDate.of(2026, 3, 1));

    @TempDir
    Path tmp;

    @Test
    void showsNothingBeforeAWorkspace() {
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.loadedProperty().get()).isFalse();
        assertThat(vm.totalProperty().get()).isZero();
    }

    @Test
    void filtersByCategoryAndRepoAndCountsWithinTheRepo() {
        vm.setWorkspace(FxDemo.workspace());
        int all = vm.rows().size();
        assertThat(vm.totalProperty().get()).isEqualTo(all).isEqualTo(vm.queue().size());
        vm.categoryProperty().set(ReviewCategory.BLOCKED);
        assertThat(vm.rows()).extracting(ReviewRow::id).containsExactly("SPEC-PAY-02", "SPEC-PAY-05", "SPEC-SHIP-06");
        vm.repoProperty().set("payments");
        assertThat(vm.rows()).extracting(ReviewRow::id).containsExactly("SPEC-PAY-02", "SPEC-PAY-05");
        assertThat(vm.countProperty(ReviewCategory.BLOCKED).get()).isEqualTo(2);
        assertThat(vm.countProperty(ReviewCategory.AWAITING_DECISION).get()).isZero();
        vm.categoryProperty().set(null);
        assertThat(vm.rows()).allMatch(r -> r.repo().equals("payments")).hasSize(vm.totalProperty().get());
        vm.repoProperty().set(null);
        assertThat(vm.rows()).hasSize(all);
    }

    @Test
    void commandsSendTheRowsNodeToTheNavigator() {
        vm.setWorkspace(FxDemo.workspace());
        vm.categoryProperty().set(ReviewCategory.BLOCKED);
        ReviewRow pay02 = vm.rows().get(0);
        vm.select(pay02);
        vm.showInGraph(pay02);
        vm.openDocument(pay02);
        vm.selectRelated(pay02);
        assertThat(nav.calls()).containsExactly("select payments/SPEC-PAY-02", "show payments/SPEC-PAY-02",
                "open payments/SPEC-PAY-02", "select platform/ADR-100");
    }

    @Test
    void aRowWithoutANodeGoesNowhere() {
        ReviewRow file = new ReviewRow(ReviewCategory.LINK, null, "spec-graph.json", null, "", "platform", "",
                "spec-graph.json lists cart/SPEC-GHOST-1, which no document declares", "", Severity.WARNING,
                List.of("LG3"), null, null, null, "spec-graph.json", 3);
        vm.select(file);
        vm.showInGraph(file);
        vm.openDocument(file);
        vm.selectRelated(file);
        assertThat(nav.calls()).isEmpty();
    }

    @Test
    void aNewSnapshotReplacesTheRowsAndClearsARepoThatIsGone() {
        vm.setWorkspace(FxDemo.workspace());
        vm.repoProperty().set("shipping");
        TestRepos golden = GoldenRepos.write(new TestRepos(tmp));
        vm.setWorkspace(golden.load());
        assertThat(vm.repoProperty().get()).isNull();
        assertThat(vm.repos()).containsExactly("platform", "cart");
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.loadedProperty().get()).isTrue();
        vm.setWorkspace(null);
        assertThat(vm.loadedProperty().get()).isFalse();
    }
}
