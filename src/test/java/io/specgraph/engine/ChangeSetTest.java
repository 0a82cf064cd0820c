package io.specgraph.engine;

import io.specgraph.git.Fault;
import io.specgraph.git.GitClone;
import io.specgraph.git.GitRepo;
import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.git.LocalRepo;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.RemoteAccess;
import io.specgraph.git.Remotes;
import io.specgraph.model.RepoSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Commit and push across repos in one action: per-repo results; a failure leaves the others done and retryable. */
@ExtendWith(IsolatedGitConfig.class)
class ChangeSetTest {

    @TempDir
    Path dir;
    private final RemoteAccess access = RemoteAccess.anonymous();
    private final List<RepoSpec> repos = new ArrayList<>();

    @BeforeEach
    void threeClones() throws Exception {
        Path remotes = Files.createDirectories(dir.resolve("remotes"));
        for (String n : List.of("a", "b", "c")) {
            Path bare = Remotes.bare(remotes, n, Map.of("spec.md", "# " + n + "\n"));
            Path work = dir.resolve("work").resolve(n);
            GitClone.clone(LocalRepo.remote(bare), null, work, access, ProgressListener.NONE);
            repos.add(new RepoSpec(n, null, work, LocalRepo.remote(bare), "main", null, List.of()));
            Files.writeString(work.resolve("spec.md"), "# " + n + " edited\n");
        }
    }

    private Path bare(String n) {
        return dir.resolve("remotes").resolve(n + ".git");
    }

    private String head(RepoSpec r) throws Exception {
        try (GitRepo repo = GitRepo.open(r.path())) {
            return repo.head().orElseThrow();
        }
    }

    @Test
    void aRejectedPushLeavesTheOthersPushedAndItsCommitReadyForFetchRebaseAndPush() throws Exception {
        Remotes.othersCommit(bare("b"), "other.md", "other\n");
        List<ChangeSet.RepoResult> results = ChangeSet.commit(repos, "Edit specs", Remotes.ME, true, access,
                r -> ProgressListener.NONE);
        assertThat(results).extracting(ChangeSet.RepoResult::step).containsExactly(ChangeSet.Step.PUSHED,
                ChangeSet.Step.PUSH_FAILED, ChangeSet.Step.PUSHED);
        ChangeSet.RepoResult b = results.get(1);
        assertThat(b.fault()).isEqualTo(Fault.NON_FAST_FORWARD);
        assertThat(b.message()).contains("Sync (fetch and rebase), then push again; your commits are kept");
        assertThat(head(repos.get(1))).isEqualTo(b.commit());
        assertThat(Remotes.mainOf(bare("a"))).isEqualTo(results.get(0).commit());
        assertThat(Remotes.mainOf(bare("c"))).isEqualTo(results.get(2).commit());
        ChangeSet.RepoResult retried = ChangeSet.rebaseAndPush(repos.get(1), access, ProgressListener.NONE);
        assertThat(retried.step()).isEqualTo(ChangeSet.Step.PUSHED);
        assertThat(Remotes.readAtMain(bare("b"), "spec.md", dir)).isEqualTo("# b edited\n");
        assertThat(Remotes.readAtMain(bare("b"), "other.md", dir)).isEqualTo("other\n");
    }

    @Test
    void anUnreachableRemoteKeepsTheCommitAndRunningTheChangeSetAgainPushesIt() throws Exception {
        Path moved = dir.resolve("remotes/c-moved.git");
        Files.move(bare("c"), moved);
        List<ChangeSet.RepoResult> first = ChangeSet.commit(repos, "Edit specs", Remotes.ME, true, access,
                r -> ProgressListener.NONE);
        assertThat(first).extracting(ChangeSet.RepoResult::step).containsExactly(ChangeSet.Step.PUSHED,
                ChangeSet.Step.PUSHED, ChangeSet.Step.PUSH_FAILED);
        assertThat(first.get(2).message()).contains("pushing c to").contains("nothing was lost");
        assertThat(head(repos.get(2))).isEqualTo(first.get(2).commit());
        Files.move(moved, bare("c"));
        List<ChangeSet.RepoResult> again = ChangeSet.commit(repos, "Edit specs", Remotes.ME, true, access,
                r -> ProgressListener.NONE);
        assertThat(again).extracting(ChangeSet.RepoResult::step).containsExactly(ChangeSet.Step.NOTHING,
                ChangeSet.Step.NOTHING, ChangeSet.Step.PUSHED);
        assertThat(Remotes.mainOf(bare("c"))).isEqualTo(first.get(2).commit());
    }

    @Test
    void aRepoThatCannotCommitKeepsItsEditsWhileTheOthersGoThrough() throws Exception {
        Files.writeString(repos.get(0).path().resolve("conflict.md"), "<<<<<<< ours\nx\n>>>>>>> theirs\n");
        Path gone = repos.get(1).path();
        try (java.util.stream.Stream<Path> s = Files.walk(gone)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        List<ChangeSet.RepoResult> results = ChangeSet.commit(repos, "Edit specs", null, true, access,
                r -> ProgressListener.NONE);
        assertThat(results.get(0).step()).isEqualTo(ChangeSet.Step.COMMIT_FAILED);
        assertThat(results.get(0).fault()).isEqualTo(Fault.NO_IDENTITY);
        assertThat(repos.get(0).path().resolve("spec.md")).hasContent("# a edited");
        assertThat(results.get(1).step()).isEqualTo(ChangeSet.Step.COMMIT_FAILED);
        assertThat(results.get(1).fault()).isEqualTo(Fault.MISSING_FOLDER);
        assertThat(results.get(1).message()).contains("is gone").contains("Sync to clone it again");
        List<ChangeSet.RepoResult> withAuthor = ChangeSet.commit(List.of(repos.get(0), repos.get(2)), "Edit specs",
                Remotes.ME, true, access, r -> ProgressListener.NONE);
        assertThat(withAuthor).extracting(ChangeSet.RepoResult::step).containsExactly(ChangeSet.Step.PUSHED,
                ChangeSet.Step.PUSHED);
    }
}
