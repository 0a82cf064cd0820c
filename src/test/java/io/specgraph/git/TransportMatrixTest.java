package io.specgraph.git;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Clone, fetch, pull, commit, push and branch over git daemon, smart HTTP and SSH, each a real server on 127.0.0.1. */
@ExtendWith(IsolatedGitConfig.class)
class TransportMatrixTest {

    @TempDir
    static Path dir;
    private static TestServers servers;
    private static final AtomicInteger SEQ = new AtomicInteger();

    @BeforeAll
    static void startServers() throws Exception {
        servers = TestServers.start(dir);
    }

    @AfterAll
    static void stopServers() throws Exception {
        servers.close();
    }

    static List<TestServers.Transport> transports() {
        return servers.transports();
    }

    private static String newRemote(Map<String, String> files) throws Exception {
        String name = "r" + SEQ.incrementAndGet();
        Remotes.bare(servers.base(), name, files);
        return name;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void clonesTheRemoteWithProgress(TestServers.Transport t) throws Exception {
        String name = newRemote(Map.of("specs/a.md", "# A\n", "README.md", "hello\n"));
        List<String> tasks = new CopyOnWriteArrayList<>();
        AtomicInteger work = new AtomicInteger();
        ProgressListener progress = new ProgressListener() {
            @Override
            public void task(String title, int totalWork) {
                tasks.add(title);
            }

            @Override
            public void worked(int units) {
                work.addAndGet(units);
            }
        };
        Path target = dir.resolve("clone-" + name);
        GitClone.Result r = GitClone.clone(t.url(name), "main", target, t.access(), progress);
        assertThat(r.branch()).isEqualTo("main");
        assertThat(r.head()).isEqualTo(Remotes.mainOf(servers.base().resolve(name + ".git")));
        assertThat(target.resolve("specs/a.md")).hasContent("# A");
        assertThat(tasks).anySatisfy(s -> assertThat(s).containsIgnoringCase("objects"));
        assertThat(work.get()).isPositive();
        try (GitRepo repo = GitRepo.open(target)) {
            assertThat(repo.originUrl()).contains(t.url(name));
            assertThat(repo.status().dirty()).isFalse();
            assertThat(repo.status().upstream()).isEqualTo("origin/main");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void fetchesAndFastForwardsWhatAnotherDeveloperPushed(TestServers.Transport t) throws Exception {
        String name = newRemote(Map.of("a.md", "one\n"));
        Path target = dir.resolve("pull-" + name);
        GitClone.clone(t.url(name), null, target, t.access(), ProgressListener.NONE);
        Remotes.othersCommit(servers.base().resolve(name + ".git"), "a.md", "two\n");
        try (GitRepo repo = GitRepo.open(target)) {
            GitSync.fetch(repo, t.access(), ProgressListener.NONE);
            assertThat(repo.status().behind()).isEqualTo(1);
            assertThat(target.resolve("a.md")).hasContent("one");
            PullResult p = GitSync.pull(repo, PullMode.FAST_FORWARD_ONLY, t.access(), ProgressListener.NONE);
            assertThat(p.outcome()).isEqualTo(PullResult.Outcome.FAST_FORWARDED);
            assertThat(p.incoming()).isEqualTo(1);
            assertThat(target.resolve("a.md")).hasContent("two");
            assertThat(repo.status().behind()).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void commitsAndPushesSoAFreshCloneSeesTheChange(TestServers.Transport t) throws Exception {
        String name = newRemote(Map.of("a.md", "one\n"));
        Path target = dir.resolve("push-" + name);
        GitClone.clone(t.url(name), null, target, t.access(), ProgressListener.NONE);
        Files.writeString(target.resolve("a.md"), "edited\n");
        Files.writeString(target.resolve("new.md"), "new\n");
        try (GitRepo repo = GitRepo.open(target)) {
            String commit = repo.commitAll("Edit a, add new", Remotes.ME).orElseThrow();
            assertThat(repo.status().ahead()).isEqualTo(1);
            GitPush.Result pushed = GitPush.push(repo, t.access(), ProgressListener.NONE);
            assertThat(pushed.upToDate()).isFalse();
            assertThat(Remotes.mainOf(servers.base().resolve(name + ".git"))).isEqualTo(commit);
            assertThat(repo.status().ahead()).isZero();
        }
        Path fresh = dir.resolve("fresh-" + name);
        GitClone.clone(t.url(name), null, fresh, t.access(), ProgressListener.NONE);
        assertThat(fresh.resolve("a.md")).hasContent("edited");
        assertThat(fresh.resolve("new.md")).hasContent("new");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transports")
    void createsPushesAndSwitchesBranches(TestServers.Transport t) throws Exception {
        String name = newRemote(Map.of("a.md", "one\n"));
        Path mine = dir.resolve("branch-a-" + name);
        Path theirs = dir.resolve("branch-b-" + name);
        GitClone.clone(t.url(name), null, mine, t.access(), ProgressListener.NONE);
        GitClone.clone(t.url(name), null, theirs, t.access(), ProgressListener.NONE);
        try (GitRepo repo = GitRepo.open(mine)) {
            repo.createBranch("feature/x", true);
            assertThat(repo.branch()).contains("feature/x");
            Files.writeString(mine.resolve("feature.md"), "feature\n");
            repo.commitAll("Feature", Remotes.ME);
            GitPush.push(repo, t.access(), ProgressListener.NONE);
            assertThat(repo.status().upstream()).isEqualTo("origin/feature/x");
            repo.switchBranch("main");
            assertThat(mine.resolve("feature.md")).doesNotExist();
        }
        try (GitRepo repo = GitRepo.open(theirs)) {
            GitSync.fetch(repo, t.access(), ProgressListener.NONE);
            repo.switchBranch("feature/x");
            assertThat(repo.branch()).contains("feature/x");
            assertThat(theirs.resolve("feature.md")).hasContent("feature");
            assertThat(repo.branches()).containsExactly("feature/x", "main");
            assertThat(repo.status().upstream()).isEqualTo("origin/feature/x");
        }
    }
}
