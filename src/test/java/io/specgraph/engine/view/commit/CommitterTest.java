package io.specgraph.engine.view.commit;

import io.specgraph.engine.Assignment;
import io.specgraph.engine.ChangeSet;
import io.specgraph.engine.Demo;
import io.specgraph.engine.Editing;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.git.GitRepo;
import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.RemoteAccess;
import io.specgraph.git.Remotes;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.SpecGraphJson;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Commit and push from the Changes model against the demo's local bare remotes, checked in fresh clones. */
@ExtendWith(IsolatedGitConfig.class)
class CommitterTest {

    @TempDir
    Path tmp;
    private Path demo;
    private List<RepoSpec> repos;
    private final RemoteAccess access = RemoteAccess.anonymous();

    @BeforeEach
    void demo() throws Exception {
        demo = Demo.write(tmp.resolve("demo")).dir();
        repos = Targets.resolve(List.of(demo), null);
    }

    private Path bare(String repo) {
        return demo.resolve("remotes").resolve(repo + ".git");
    }

    /** The newest commit on main of the bare remote, read through a fresh clone. */
    private RevCommit freshClone(String repo) throws Exception {
        Path work = Files.createTempDirectory(tmp, "fresh-" + repo);
        try (Git git = Git.cloneRepository().setURI(bare(repo).toUri().toString()).setDirectory(work.toFile())
                .call()) {
            return git.log().setMaxCount(1).call().iterator().next();
        }
    }

    @Test
    void commitsAndPushesTheChosenReposWithTheMessageAndRegeneratesSpecGraphJson() throws Exception {
        new Editing(Workspace.load(repos)).set("SPEC-CART-04", List.of(Assignment.parse("status=Approved")), true);
        Changes c = Changes.read(repos);
        Set<String> chosen = Set.of("cart", "platform");
        Committer.Outcome o = Committer.commit(repos, chosen, c.message(), Remotes.ME, true, access,
                r -> ProgressListener.NONE);
        assertThat(o.regenerated()).containsExactly("platform");
        assertThat(o.results()).extracting(ChangeSet.RepoResult::step)
                .containsExactly(ChangeSet.Step.PUSHED, ChangeSet.Step.PUSHED);
        RevCommit cart = freshClone("cart");
        assertThat(cart.getFullMessage()).isEqualTo("SPEC-CART-04: status Draft → Approved");
        assertThat(cart.getAuthorIdent().getName()).isEqualTo(Remotes.ME.name());
        assertThat(freshClone("platform").getFullMessage()).isEqualTo(cart.getFullMessage());
        assertThat(Remotes.readAtMain(bare("platform"), SpecGraphJson.FILE_NAME, tmp))
                .contains("\"status\": \"Approved\"");
        assertThat(Changes.read(repos).isEmpty()).isTrue();
    }

    @Test
    void aRejectedPushIsReportedKeepsTheCommitAndFetchRebasePushFinishesIt() throws Exception {
        Path f = demo.resolve("cart/specs/SPEC-CART-02-merge-guest-cart.md");
        Files.writeString(f, Files.readString(f) + "\nMore.\n");
        Remotes.othersCommit(bare("cart"), "notes.md", "someone else\n");
        Committer.Outcome o = Committer.commit(repos, Set.of("cart"), "SPEC-CART-02: text", Remotes.ME, true,
                access, r -> ProgressListener.NONE);
        assertThat(o.rejected()).containsExactly("cart");
        assertThat(Committer.describe(o.results().get(0))).startsWith("cart: committed ").contains("push failed — ");
        String local;
        RepoSpec cart = repos.stream().filter(r -> r.name().equals("cart")).findFirst().orElseThrow();
        try (GitRepo r = GitRepo.open(cart.path())) {
            local = r.head().orElseThrow();
            assertThat(r.unpushed()).hasSize(1).allMatch(s -> s.endsWith(" SPEC-CART-02: text"));
        }
        assertThat(o.results().get(0).commit()).isEqualTo(local);
        assertThat(Changes.read(repos).repo("cart").orElseThrow().unpushed()).hasSize(1);
        ChangeSet.RepoResult again = Committer.rebaseAndPush(cart, access, ProgressListener.NONE);
        assertThat(again.step()).isEqualTo(ChangeSet.Step.PUSHED);
        assertThat(freshClone("cart").getFullMessage()).isEqualTo("SPEC-CART-02: text");
        assertThat(Remotes.readAtMain(bare("cart"), "notes.md", tmp)).isEqualTo("someone else\n");
        assertThat(Remotes.readAtMain(bare("cart"), "specs/SPEC-CART-02-merge-guest-cart.md", tmp)).endsWith("More.\n");
    }
}
