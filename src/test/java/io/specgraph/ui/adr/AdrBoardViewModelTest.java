package io.specgraph.ui.adr;

import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.review.AdrColumn;
import io.specgraph.engine.view.review.AdrScope;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.RecordingNavigator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The ADR board's view-model without a toolkit: filters, commands, a new snapshot. */
class AdrBoardViewModelTest {

    private final RecordingNavigator nav = new RecordingNavigator();
    private final AdrBoardViewModel vm = new AdrBoardViewModel(nav);

    @TempDir
    Path tmp;

    @Test
    void showsNothingBeforeAWorkspace() {
        assertThat(vm.shownProperty().get()).isNull();
    }

    @Test
    void filtersByScopeAndRepo() {
        vm.setWorkspace(FxDemo.workspace());
        assertThat(vm.shownProperty().get().size()).isEqualTo(12);
        vm.scopeProperty().set(AdrScope.LOCAL);
        assertThat(vm.shownProperty().get().cards()).hasSize(6).noneMatch(AdrCard::global);
        vm.repoProperty().set("cart");
        assertThat(vm.shownProperty().get().cards()).extracting(AdrCard::key).containsExactly("cart/ADR-1", "cart/ADR-2");
        vm.scopeProperty().set(AdrScope.GLOBAL);
        assertThat(vm.shownProperty().get().cards()).isEmpty();
        vm.scopeProperty().set(null);
        vm.repoProperty().set(null);
        assertThat(vm.shownProperty().get().column(AdrColumn.PROPOSED)).extracting(AdrCard::key)
                .containsExactly("platform/ADR-100");
    }

    @Test
    void commandsSendTheCardsKeyToTheNavigator() {
        vm.setWorkspace(FxDemo.workspace());
        AdrCard adr100 = vm.shownProperty().get().card("platform/ADR-100").orElseThrow();
        vm.select(adr100);
        vm.openDocument(adr100);
        vm.showInGraph(adr100);
        vm.selectKey(adr100.blocks().get(0).key());
        assertThat(nav.calls()).containsExactly("select platform/ADR-100", "open platform/ADR-100",
                "show platform/ADR-100", "select payments/SPEC-PAY-02");
    }

    @Test
    void aNewSnapshotReplacesTheBoardAndClearsARepoThatIsGone() {
        vm.setWorkspace(FxDemo.workspace());
        vm.repoProperty().set("shipping");
        vm.setWorkspace(GoldenRepos.write(new TestRepos(tmp)).load());
        assertThat(vm.repoProperty().get()).isNull();
        assertThat(vm.repos()).containsExactly("platform", "cart");
        assertThat(vm.shownProperty().get().cards()).isEmpty();
    }
}
