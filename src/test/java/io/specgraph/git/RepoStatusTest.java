package io.specgraph.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Status, diff against HEAD, and the author of a commit. */
@ExtendWith(IsolatedGitConfig.class)
class RepoStatusTest {

    @TempDir
    Path dir;
    private final RemoteAccess access = RemoteAccess.anonymous();

    private Path cloned() throws Exception {
        Path bare = Remotes.bare(Files.createDirectories(dir.resolve("remotes")), "s",
                Map.of("a.md", "one\ntwo\nthree\n", "b.md", "b\n", "c.md", "c\n"));
        Path work = dir.resolve("work");
        GitClone.clone(LocalRepo.remote(bare), null, work, access, ProgressListener.NONE);
        return work;
    }

    @Test
    void statusListsEveryKindOfChangeWithBranchAndAheadCount() throws Exception {
        Path work = cloned();
        try (GitRepo repo = GitRepo.open(work)) {
            Files.writeString(work.resolve("a.md"), "one\nTWO\nthree\n");
            Files.delete(work.resolve("b.md"));
            Files.writeString(work.resolve("new.md"), "new\n");
            RepoStatus s = repo.status();
            assertThat(s.branch()).isEqualTo("main");
            assertThat(s.upstream()).isEqualTo("origin/main");
            assertThat(s.files()).containsExactly(
                    new RepoStatus.FileChange("a.md", RepoStatus.Change.MODIFIED),
                    new RepoStatus.FileChange("b.md", RepoStatus.Change.DELETED),
                    new RepoStatus.FileChange("new.md", RepoStatus.Change.UNTRACKED));
            assertThat(s.trackedChanges()).containsExactly("a.md", "b.md");
            repo.commitAll("Change", Remotes.ME);
            RepoStatus after = repo.status();
            assertThat(after.dirty()).isFalse();
            assertThat(after.ahead()).isEqualTo(1);
            assertThat(after.behind()).isZero();
        }
        assertThat(work.resolve("new.md")).exists();
    }

    @Test
    void diffOfAFileAgainstHeadShowsTheChangedLine() throws Exception {
        Path work = cloned();
        Files.writeString(work.resolve("a.md"), "one\nTWO\nthree\n");
        try (GitRepo repo = GitRepo.open(work)) {
            String diff = repo.diff("a.md");
            assertThat(diff).contains("--- a/a.md").contains("+++ b/a.md").contains("-two\n").contains("+TWO\n")
                    .doesNotContain("c.md");
            assertThat(repo.diff("c.md")).isEmpty();
        }
    }

    @Test
    void commitTakesTheAuthorFromGitConfigWhenNoneIsGiven() throws Exception {
        Path work = cloned();
        try (GitRepo repo = GitRepo.open(work)) {
            Files.writeString(work.resolve("c.md"), "changed\n");
            GitException e = catchThrowableOfType(GitException.class, () -> repo.commitAll("x", null));
            assertThat(e.fault()).isEqualTo(Fault.NO_IDENTITY);
            assertThat(e.getMessage()).contains("set your name and e-mail");
            assertThat(work.resolve("c.md")).hasContent("changed");
            var config = repo.repository().getConfig();
            config.setString("user", null, "name", "Config Person");
            config.setString("user", null, "email", "config@example.com");
            config.save();
            String id = repo.commitAll("From config", null).orElseThrow();
            try (var walk = new org.eclipse.jgit.revwalk.RevWalk(repo.repository())) {
                var c = walk.parseCommit(org.eclipse.jgit.lib.ObjectId.fromString(id));
                assertThat(c.getAuthorIdent().getName()).isEqualTo("Config Person");
                assertThat(c.getAuthorIdent().getEmailAddress()).isEqualTo("config@example.com");
            }
            assertThat(repo.commitAll("Nothing", Remotes.ME)).as("nothing left to commit").isEmpty();
        }
    }
}
