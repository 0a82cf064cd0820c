package io.specgraph.engine;

import io.specgraph.git.Fault;
import io.specgraph.git.GitDaemonServer;
import io.specgraph.git.GitRepo;
import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.PullMode;
import io.specgraph.git.RemoteAccess;
import io.specgraph.git.Remotes;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole story on a real git server: from an empty machine, the demo's four repos (served by {@code git daemon})
 * are cloned with progress, checked, edited, committed and pushed in one action; a fresh machine sees the change.
 */
@ExtendWith(IsolatedGitConfig.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceSyncTest {

    private static final List<String> REPOS = List.of("platform", "cart", "payments", "shipping");

    @TempDir
    static Path dir;
    private static GitDaemonServer daemon;
    private static Path remotes;
    private static Path wsFile;
    private static final RemoteAccess ACCESS = RemoteAccess.builder().timeoutSeconds(20).build();

    @BeforeAll
    static void serveTheDemo() throws Exception {
        Demo.write(dir.resolve("demo"));
        remotes = dir.resolve("demo/remotes");
        daemon = GitDaemonServer.start(remotes);
        WorkspaceStore store = new WorkspaceStore(new AppDirs(dir.resolve("me/config"), dir.resolve("me/data")));
        wsFile = store.create("ECO-124 Guest Checkout", REPOS.stream().map(n -> new WorkspaceStore.Entry(n,
                n.equals("platform") ? RepoRole.PLATFORM : RepoRole.COMPONENT, daemon.url(n), "main", null, null))
                .toList());
    }

    @AfterAll
    static void stop() {
        ACCESS.close();
        daemon.close();
    }

    private static List<RepoSpec> repos(Path workspaceFile) throws WorkspaceException {
        return WorkspaceFile.read(workspaceFile).repos();
    }

    @Test
    @Order(1)
    void clonesEveryRepoWithProgressThenCheckWorksOnTheClones() throws Exception {
        Set<String> withProgress = ConcurrentHashMap.newKeySet();
        Sync.Listener listener = new Sync.Listener() {
            @Override
            public ProgressListener progress(String repo) {
                return new ProgressListener() {
                    @Override
                    public void task(String title, int totalWork) {
                        withProgress.add(repo);
                    }

                    @Override
                    public void worked(int units) {
                    }
                };
            }
        };
        List<Sync.RepoResult> results = Sync.run(repos(wsFile), ACCESS, Sync.Options.defaults(), listener);
        assertThat(results).extracting(Sync.RepoResult::repo).containsExactlyElementsOf(REPOS);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.action()).as(r.detail()).isEqualTo(Sync.Action.CLONED);
            assertThat(r.detail()).startsWith("main at ");
        });
        assertThat(withProgress).containsExactlyInAnyOrderElementsOf(REPOS);
        assertThat(dir.resolve("me/data/repos/eco-124-guest-checkout/cart/specs/SPEC-CART-01-guest-cart.md"))
                .isRegularFile();
        Workspace cloned = Workspace.load(Targets.resolve(List.of(), wsFile));
        Workspace original = Workspace.load(Targets.resolve(List.of(dir.resolve("demo")), null));
        assertThat(cloned.graph().nodes()).hasSize(original.graph().nodes().size()).isNotEmpty();
        assertThat(cloned.findings()).hasSize(original.findings().size());
    }

    @Test
    @Order(2)
    void editsInThreeReposAreCommittedAndPushedInOneActionAndAFreshCloneSeesThem() throws Exception {
        List<RepoSpec> repos = repos(wsFile);
        for (RepoSpec r : repos.subList(1, 4)) {
            Files.writeString(r.path().resolve("NOTES.md"), "# Notes for " + r.name() + "\n");
        }
        assertThat(ChangeSet.pending(repos)).extracting(ChangeSet.Pending::repo)
                .containsExactly("cart", "payments", "shipping");
        List<ChangeSet.RepoResult> results = ChangeSet.commit(repos, "Add notes", Remotes.ME, true, ACCESS,
                r -> ProgressListener.NONE);
        assertThat(results).extracting(ChangeSet.RepoResult::step).containsExactly(ChangeSet.Step.NOTHING,
                ChangeSet.Step.PUSHED, ChangeSet.Step.PUSHED, ChangeSet.Step.PUSHED);
        for (int i = 1; i < 4; i++) {
            assertThat(Remotes.mainOf(remotes.resolve(REPOS.get(i) + ".git"))).isEqualTo(results.get(i).commit());
        }
        assertThat(ChangeSet.pending(repos)).isEmpty();
        WorkspaceStore other = new WorkspaceStore(new AppDirs(dir.resolve("colleague/config"),
                dir.resolve("colleague/data")));
        Path otherWs = other.create("eco", REPOS.stream().map(n -> new WorkspaceStore.Entry(n, null, daemon.url(n),
                "main", null, null)).toList());
        assertThat(Sync.run(repos(otherWs), ACCESS, Sync.Options.defaults(), Sync.Listener.NONE))
                .allSatisfy(r -> assertThat(r.action()).isEqualTo(Sync.Action.CLONED));
        assertThat(dir.resolve("colleague/data/repos/eco/payments/NOTES.md")).hasContent("# Notes for payments");
    }

    @Test
    @Order(3)
    void theNextSyncBringsInWhatOthersPushedAndLeavesTheRestUpToDate() throws Exception {
        Remotes.othersCommit(remotes.resolve("cart.git"), "NOTES.md", "# Notes, edited by a colleague\n");
        List<Sync.RepoResult> results = Sync.run(repos(wsFile), ACCESS, Sync.Options.defaults(), Sync.Listener.NONE);
        assertThat(results).extracting(Sync.RepoResult::action).containsExactly(Sync.Action.UP_TO_DATE,
                Sync.Action.UPDATED, Sync.Action.UP_TO_DATE, Sync.Action.UP_TO_DATE);
        assertThat(results.get(1).detail()).contains("1 commit, fast-forwarded");
        assertThat(repos(wsFile).get(1).path().resolve("NOTES.md")).hasContent("# Notes, edited by a colleague");
    }

    @Test
    @Order(4)
    void uncommittedEditsAndConflictsFailOneRepoAndLeaveItAsItWas() throws Exception {
        List<RepoSpec> repos = repos(wsFile);
        Path cart = repos.get(1).path();
        Path payments = repos.get(2).path();
        Remotes.othersCommit(remotes.resolve("cart.git"), "NOTES.md", "theirs\n");
        Remotes.othersCommit(remotes.resolve("payments.git"), "NOTES.md", "theirs\n");
        Files.writeString(cart.resolve("NOTES.md"), "my unsaved edit\n");
        Files.writeString(payments.resolve("NOTES.md"), "mine\n");
        String mine;
        try (GitRepo repo = GitRepo.open(payments)) {
            mine = repo.commitAll("Mine", Remotes.ME).orElseThrow();
        }
        List<Sync.RepoResult> results = Sync.run(repos, ACCESS, new Sync.Options(PullMode.REBASE, 2),
                Sync.Listener.NONE);
        assertThat(results.get(0).action()).isEqualTo(Sync.Action.UP_TO_DATE);
        assertThat(results.get(1).action()).isEqualTo(Sync.Action.FAILED);
        assertThat(results.get(1).fault()).isEqualTo(Fault.DIRTY);
        assertThat(results.get(1).detail()).startsWith("uncommitted changes in NOTES.md stand in the way of 1 commit");
        assertThat(cart.resolve("NOTES.md")).hasContent("my unsaved edit");
        assertThat(results.get(2).fault()).isEqualTo(Fault.CONFLICT);
        assertThat(results.get(2).detail()).startsWith("conflict in NOTES.md with origin/main: the pull was undone");
        assertThat(payments.resolve("NOTES.md")).hasContent("mine");
        try (GitRepo repo = GitRepo.open(payments)) {
            assertThat(repo.head()).contains(mine);
            assertThat(repo.status().dirty()).isFalse();
        }
        assertThat(results.get(3).action()).isEqualTo(Sync.Action.UP_TO_DATE);
    }

    @Test
    @Order(5)
    void anUnreachableRemoteFailsOnlyItsRepo() throws Exception {
        WorkspaceStore store = new WorkspaceStore(new AppDirs(dir.resolve("third/config"), dir.resolve("third/data")));
        int closed = freePort();
        Path ws = store.create("mixed", List.of(
                new WorkspaceStore.Entry("platform", null, daemon.url("platform"), "main", null, null),
                new WorkspaceStore.Entry("gone", null, "git://127.0.0.1:" + closed + "/gone.git", null, null, null),
                new WorkspaceStore.Entry("cart", null, daemon.url("cart"), "main", null, null)));
        List<Sync.RepoResult> results = Sync.run(repos(ws), ACCESS, Sync.Options.defaults(), Sync.Listener.NONE);
        assertThat(results).extracting(Sync.RepoResult::action).containsExactly(Sync.Action.CLONED,
                Sync.Action.FAILED, Sync.Action.CLONED);
        assertThat(results.get(1).fault()).isEqualTo(Fault.UNREACHABLE);
        assertThat(results.get(1).detail()).contains("could not reach git://127.0.0.1:" + closed);
        assertThat(dir.resolve("third/data/repos/mixed/gone")).doesNotExist();
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
