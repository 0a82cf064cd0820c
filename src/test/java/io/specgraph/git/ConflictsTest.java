package io.specgraph.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Pulls that cannot simply fast-forward: conflicts, diverged histories, uncommitted edits. Local work survives. */
@ExtendWith(IsolatedGitConfig.class)
class ConflictsTest {

    @TempDir
    Path dir;
    private final RemoteAccess access = RemoteAccess.anonymous();

    private Path bare;
    private Path work;

    /** A clone where I changed a.md (committed) while another developer pushed a different a.md. */
    private GitRepo conflicting() throws Exception {
        bare = Remotes.bare(Files.createDirectories(dir.resolve("remotes")), "c", Map.of("a.md", "line\n",
                "b.md", "b\n"));
        work = dir.resolve("work");
        GitClone.clone(LocalRepo.remote(bare), null, work, access, ProgressListener.NONE);
        Remotes.othersCommit(bare, "a.md", "theirs\n");
        Files.writeString(work.resolve("a.md"), "mine\n");
        GitRepo repo = GitRepo.open(work);
        repo.commitAll("Mine", Remotes.ME);
        return repo;
    }

    @Test
    void rebaseConflictStopsWithBothVersionsAndAbortRestoresMyCommit() throws Exception {
        try (GitRepo repo = conflicting()) {
            String mine = repo.head().orElseThrow();
            PullResult p = GitSync.pull(repo, PullMode.REBASE, access, ProgressListener.NONE);
            assertThat(p.outcome()).isEqualTo(PullResult.Outcome.CONFLICT);
            assertThat(p.files()).containsExactly("a.md");
            assertThat(Files.readString(work.resolve("a.md"))).contains("<<<<<<<").contains("mine").contains("theirs")
                    .contains(">>>>>>>");
            assertThat(repo.status().inProgress()).isEqualTo(RepoStatus.Operation.REBASE);
            assertThat(repo.status().conflicting()).containsExactly("a.md");
            GitSync.abort(repo);
            assertThat(work.resolve("a.md")).hasContent("mine");
            assertThat(repo.head()).contains(mine);
            assertThat(repo.status().inProgress()).isEqualTo(RepoStatus.Operation.NONE);
            assertThat(repo.status().dirty()).isFalse();
            assertThat(repo.status().behind()).isEqualTo(1);
        }
    }

    @Test
    void mergeConflictRefusesToCommitMarkersAndFinishesOnceResolved() throws Exception {
        try (GitRepo repo = conflicting()) {
            PullResult p = GitSync.pull(repo, PullMode.MERGE, access, ProgressListener.NONE);
            assertThat(p.outcome()).isEqualTo(PullResult.Outcome.CONFLICT);
            assertThat(p.files()).containsExactly("a.md");
            assertThat(repo.status().inProgress()).isEqualTo(RepoStatus.Operation.MERGE);
            GitException e = catchThrowableOfType(GitException.class, () -> repo.commitAll("oops", Remotes.ME));
            assertThat(e.fault()).isEqualTo(Fault.CONFLICT);
            assertThat(e.getMessage()).contains("resolve the conflicts in a.md first");
            Files.writeString(work.resolve("a.md"), "mine and theirs\n");
            PullResult done = GitSync.finish(repo, Remotes.ME);
            assertThat(done.outcome()).isEqualTo(PullResult.Outcome.MERGED);
            assertThat(repo.status().inProgress()).isEqualTo(RepoStatus.Operation.NONE);
            GitPush.push(repo, access, ProgressListener.NONE);
        }
        assertThat(Remotes.readAtMain(bare, "a.md", dir)).isEqualTo("mine and theirs\n");
    }

    @Test
    void rebaseConflictFinishesOnceResolved() throws Exception {
        try (GitRepo repo = conflicting()) {
            GitSync.pull(repo, PullMode.REBASE, access, ProgressListener.NONE);
            Files.writeString(work.resolve("a.md"), "resolved\n");
            PullResult done = GitSync.finish(repo, Remotes.ME);
            assertThat(done.outcome()).isEqualTo(PullResult.Outcome.REBASED);
            assertThat(repo.status().ahead()).isEqualTo(1);
            assertThat(repo.status().behind()).isZero();
            GitPush.push(repo, access, ProgressListener.NONE);
        }
        assertThat(Remotes.readAtMain(bare, "a.md", dir)).isEqualTo("resolved\n");
    }

    @Test
    void fastForwardOnlyReportsDivergedAndChangesNothing() throws Exception {
        try (GitRepo repo = conflicting()) {
            String mine = repo.head().orElseThrow();
            PullResult p = GitSync.pull(repo, PullMode.FAST_FORWARD_ONLY, access, ProgressListener.NONE);
            assertThat(p.outcome()).isEqualTo(PullResult.Outcome.DIVERGED);
            assertThat(p.incoming()).isEqualTo(1);
            assertThat(p.outgoing()).isEqualTo(1);
            assertThat(repo.head()).contains(mine);
            assertThat(work.resolve("a.md")).hasContent("mine");
        }
    }

    @Test
    void pullWithUncommittedEditsChangesNothingAndNamesTheFiles() throws Exception {
        bare = Remotes.bare(Files.createDirectories(dir.resolve("remotes")), "d", Map.of("a.md", "line\n"));
        work = dir.resolve("work");
        GitClone.clone(LocalRepo.remote(bare), null, work, access, ProgressListener.NONE);
        Remotes.othersCommit(bare, "a.md", "theirs\n");
        Files.writeString(work.resolve("a.md"), "my unsaved edit\n");
        try (GitRepo repo = GitRepo.open(work)) {
            String head = repo.head().orElseThrow();
            PullResult p = GitSync.pull(repo, PullMode.REBASE, access, ProgressListener.NONE);
            assertThat(p.outcome()).isEqualTo(PullResult.Outcome.DIRTY);
            assertThat(p.files()).containsExactly("a.md");
            assertThat(work.resolve("a.md")).hasContent("my unsaved edit");
            assertThat(repo.head()).contains(head);
            assertThat(repo.status().behind()).as("the fetch itself happened").isEqualTo(1);
        }
    }

    @Test
    void untrackedFileInTheWayOfAFastForwardIsKept() throws Exception {
        bare = Remotes.bare(Files.createDirectories(dir.resolve("remotes")), "u", Map.of("a.md", "line\n"));
        work = dir.resolve("work");
        GitClone.clone(LocalRepo.remote(bare), null, work, access, ProgressListener.NONE);
        Remotes.othersCommit(bare, "new.md", "theirs\n");
        Files.writeString(work.resolve("new.md"), "my new file\n");
        try (GitRepo repo = GitRepo.open(work)) {
            PullResult p = GitSync.pull(repo, PullMode.FAST_FORWARD_ONLY, access, ProgressListener.NONE);
            assertThat(p.outcome()).isEqualTo(PullResult.Outcome.DIRTY);
            assertThat(p.files()).containsExactly("new.md");
            assertThat(work.resolve("new.md")).hasContent("my new file");
        }
    }
}
