package io.specgraph.ui.commit;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.Assignment;
import io.specgraph.engine.Editing;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.git.RemoteAccess;
import io.specgraph.git.Remotes;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Changes view's model without a toolkit, on a private copy of the demo with its local bare remotes. */
@ExtendWith(IsolatedGitConfig.class)
class ChangesViewModelTest {

    private static final String SPEC = "specs/SPEC-CART-04-abandoned-cart-reminders.md";

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private ChangesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        demo = FxDemo.fresh(dir);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                TaskRunner.inline(), false);
        wb.open(demo);
        new Editing(wb.model().get()).set("SPEC-CART-04", List.of(Assignment.parse("status=Approved")), true);
        wb.reload(); // what the folder watcher does in the app
        vm = new ChangesViewModel(wb, TaskRunner.inline(), RemoteAccess::anonymous);
        vm.refresh();
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private String lastMessage(String repo) throws Exception {
        Path work = Files.createTempDirectory(dir, "fresh-");
        try (Git git = Git.cloneRepository().setURI(demo.resolve("remotes/" + repo + ".git").toUri().toString())
                .setDirectory(work.toFile()).call()) {
            return git.log().setMaxCount(1).call().iterator().next().getFullMessage();
        }
    }

    @Test
    void listsTheChangedFileAndPrefillsTheMessageWithEveryRepoChosen() {
        assertThat(vm.changesProperty().get().repo("cart").orElseThrow().files()).extracting(f -> f.path())
                .containsExactly(SPEC);
        assertThat(vm.messageProperty().get()).isEqualTo("SPEC-CART-04: status Draft → Approved");
        assertThat(vm.chosen()).containsExactlyInAnyOrder("platform", "cart");
        assertThat(vm.summaryProperty().get()).isEqualTo("1 changed file(s) in 2 repo(s)");
    }

    @Test
    void theMessageFollowsTheChosenReposUntilTheUserEditsIt() {
        vm.chosen().remove("cart");
        assertThat(vm.messageProperty().get()).isEmpty();
        vm.chosen().add("cart");
        assertThat(vm.messageProperty().get()).isEqualTo("SPEC-CART-04: status Draft → Approved");
        vm.messageProperty().set("My own words");
        vm.refresh();
        vm.chosen().remove("platform");
        assertThat(vm.messageProperty().get()).isEqualTo("My own words");
        assertThat(vm.chosen()).containsExactly("cart");
        vm.resetMessage();
        assertThat(vm.messageProperty().get()).isEqualTo("SPEC-CART-04: status Draft → Approved");
    }

    @Test
    void selectingAFileShowsItsDiffAndTheRegeneratedFileSaysWhy() {
        vm.selectedProperty().set(new ChangesViewModel.FileRef("cart", SPEC, false));
        assertThat(vm.diffProperty().get()).contains("-- Status: Draft").contains("+- Status: Approved");
        vm.selectedProperty().set(new ChangesViewModel.FileRef("platform", "spec-graph.json", true));
        assertThat(vm.diffProperty().get()).contains("out of date");
    }

    @Test
    void withoutAnAuthorNothingIsCommittedAndTheReasonIsOneLine() {
        vm.commit(false);
        assertThat(vm.results()).anyMatch(l -> l.startsWith("cart: commit failed — no author for the commit"));
        assertThat(vm.statusProperty().get()).contains("failed; nothing was lost");
        assertThat(vm.changesProperty().get().repo("cart").orElseThrow().files()).hasSize(1);
    }

    @Test
    void commitAndPushReachesTheRemoteWithTheMessageAndTheWorkbenchReloads() throws Exception {
        vm.authorNameProperty().set(Remotes.ME.name());
        vm.authorEmailProperty().set(Remotes.ME.email());
        vm.commit(true);
        assertThat(vm.results()).contains("platform: spec-graph.json regenerated")
                .anyMatch(l -> l.startsWith("cart: pushed "));
        assertThat(lastMessage("cart")).isEqualTo("SPEC-CART-04: status Draft → Approved");
        assertThat(vm.changesProperty().get().isEmpty()).isTrue();
        assertThat(vm.summaryProperty().get()).startsWith("No changes");
        assertThat(vm.statusProperty().get()).isEqualTo("Done: 2 repo(s)");
        assertThat(wb.model().get().graph().node("cart/SPEC-CART-04").orElseThrow().status()).isEqualTo("Approved");
    }

    @Test
    void aRejectedPushOffersFetchRebasePushAndKeepsTheCommit() throws Exception {
        Remotes.othersCommit(demo.resolve("remotes/cart.git"), "notes.md", "first\n");
        vm.authorNameProperty().set(Remotes.ME.name());
        vm.authorEmailProperty().set(Remotes.ME.email());
        vm.commit(true);
        assertThat(vm.rejected()).containsExactly("cart");
        assertThat(vm.changesProperty().get().repo("cart").orElseThrow().unpushed()).singleElement()
                .asString().endsWith("SPEC-CART-04: status Draft → Approved");
        vm.rebaseAndPush();
        assertThat(vm.rejected()).isEmpty();
        assertThat(vm.results()).singleElement().asString().startsWith("cart: pushed ");
        assertThat(lastMessage("cart")).isEqualTo("SPEC-CART-04: status Draft → Approved");
    }
}
