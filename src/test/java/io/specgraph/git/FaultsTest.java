package io.specgraph.git;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Network faults and refused pushes against a real {@code git daemon}: a clear message, and nothing lost. */
@ExtendWith(IsolatedGitConfig.class)
class FaultsTest {

    @TempDir
    static Path dir;
    private static Path base;
    private static GitDaemonServer daemon;
    private static final RemoteAccess ACCESS = RemoteAccess.builder().timeoutSeconds(10).build();
    private static final AtomicInteger SEQ = new AtomicInteger();

    @BeforeAll
    static void start() throws Exception {
        base = Files.createDirectories(dir.resolve("remotes"));
        daemon = GitDaemonServer.start(base);
    }

    @AfterAll
    static void stop() {
        ACCESS.close();
        daemon.close();
    }

    private static String remote(Map<String, String> files) throws Exception {
        String name = "f" + SEQ.incrementAndGet();
        Remotes.bare(base, name, files);
        return name;
    }

    private static Path bare(String name) {
        return base.resolve(name + ".git");
    }

    /** Nothing named like the target, visible or hidden, is left in its parent folder. */
    static void assertNoHalfFolder(Path target) throws Exception {
        assertThat(target).doesNotExist();
        try (Stream<Path> s = Files.list(target.getParent())) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.contains(target.getFileName() + ".cloning"));
        }
    }

    @Test
    void unreachableServerFailsTheCloneWithAClearMessageAndNoFolder() throws Exception {
        int closed = GitDaemonServer.freePort();
        Path target = dir.resolve("unreachable");
        GitException e = catchThrowableOfType(GitException.class, () -> GitClone.clone("git://127.0.0.1:" + closed
                + "/x.git", null, target, ACCESS, ProgressListener.NONE));
        assertThat(e.fault()).isEqualTo(Fault.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("cloning git://127.0.0.1:" + closed + "/x.git failed: could not reach")
                .contains("Check the network and that the server is running").endsWith("nothing was lost");
        assertNoHalfFolder(target);
    }

    @Test
    void serverGoingDownMidCloneLeavesNoHalfFolder() throws Exception {
        String name = remote(Map.of("a.md", "a\n"));
        Remotes.pushRandomFile(bare(name), "big.bin", 600_000, 1);
        Path target = dir.resolve("midclone");
        try (CuttingProxy proxy = CuttingProxy.start(daemon.port(), 64 * 1024, Long.MAX_VALUE)) {
            GitException e = catchThrowableOfType(GitException.class, () -> GitClone.clone("git://127.0.0.1:"
                    + proxy.port() + "/" + name + ".git", null, target, ACCESS, ProgressListener.NONE));
            assertThat(proxy.cuts()).isPositive();
            assertThat(e.fault()).isEqualTo(Fault.UNREACHABLE);
            assertThat(e.getMessage()).contains("could not reach").contains("then try again");
        }
        assertNoHalfFolder(target);
        GitClone.clone(daemon.url(name), null, target, ACCESS, ProgressListener.NONE);
        assertThat(target.resolve("big.bin")).hasSize(600_000);
    }

    @Test
    void cancelledCloneStopsAndLeavesNoHalfFolder() throws Exception {
        String name = remote(Map.of("a.md", "a\n"));
        Remotes.pushRandomFile(bare(name), "big.bin", 400_000, 2);
        Path target = dir.resolve("cancelled");
        AtomicInteger updates = new AtomicInteger();
        ProgressListener cancelSoon = new ProgressListener() {
            @Override
            public void task(String title, int totalWork) {
            }

            @Override
            public void worked(int units) {
                updates.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return updates.get() > 0;
            }
        };
        GitException e = catchThrowableOfType(GitException.class,
                () -> GitClone.clone(daemon.url(name), null, target, ACCESS, cancelSoon));
        assertThat(e.fault()).isEqualTo(Fault.CANCELLED);
        assertThat(e.getMessage()).contains("cancelled");
        assertNoHalfFolder(target);
    }

    @Test
    void serverGoingDownMidPushKeepsTheCommitAndTheRetryWorks() throws Exception {
        String name = remote(Map.of("a.md", "a\n"));
        Path target = dir.resolve("midpush");
        try (CuttingProxy proxy = CuttingProxy.start(daemon.port(), Long.MAX_VALUE, 16 * 1024)) {
            GitClone.clone("git://127.0.0.1:" + proxy.port() + "/" + name + ".git", null, target, ACCESS,
                    ProgressListener.NONE);
            byte[] big = new byte[300_000];
            new java.util.Random(3).nextBytes(big);
            Files.write(target.resolve("big.bin"), big);
            String before = Remotes.mainOf(bare(name));
            try (GitRepo repo = GitRepo.open(target)) {
                String commit = repo.commitAll("Add big", Remotes.ME).orElseThrow();
                GitException e = catchThrowableOfType(GitException.class,
                        () -> GitPush.push(repo, ACCESS, ProgressListener.NONE));
                assertThat(e.fault()).isEqualTo(Fault.UNREACHABLE);
                assertThat(e.getMessage()).startsWith("pushing midpush to").contains("nothing was lost");
                assertThat(Remotes.mainOf(bare(name))).isEqualTo(before);
                assertThat(repo.head()).contains(commit);
                assertThat(repo.status().dirty()).isFalse();
                assertThat(Files.readAllBytes(target.resolve("big.bin"))).isEqualTo(big);
                proxy.heal();
                GitPush.push(repo, ACCESS, ProgressListener.NONE);
                assertThat(Remotes.mainOf(bare(name))).isEqualTo(commit);
            }
        }
    }

    @Test
    void rejectedNonFastForwardPushSaysFetchAndRebaseAndThatWorks() throws Exception {
        String name = remote(Map.of("a.md", "a\n", "b.md", "b\n"));
        Path target = dir.resolve("nonff");
        GitClone.clone(daemon.url(name), null, target, ACCESS, ProgressListener.NONE);
        Remotes.othersCommit(bare(name), "b.md", "b by other\n");
        Files.writeString(target.resolve("a.md"), "a by me\n");
        try (GitRepo repo = GitRepo.open(target)) {
            String mine = repo.commitAll("Mine", Remotes.ME).orElseThrow();
            GitException e = catchThrowableOfType(GitException.class,
                    () -> GitPush.push(repo, ACCESS, ProgressListener.NONE));
            assertThat(e.fault()).isEqualTo(Fault.NON_FAST_FORWARD);
            assertThat(e.getMessage()).contains("Sync (fetch and rebase), then push again; your commits are kept");
            assertThat(repo.head()).contains(mine);
            PullResult p = GitSync.pull(repo, PullMode.REBASE, ACCESS, ProgressListener.NONE);
            assertThat(p.outcome()).isEqualTo(PullResult.Outcome.REBASED);
            GitPush.push(repo, ACCESS, ProgressListener.NONE);
        }
        assertThat(Remotes.readAtMain(bare(name), "a.md", dir)).isEqualTo("a by me\n");
        assertThat(Remotes.readAtMain(bare(name), "b.md", dir)).isEqualTo("b by other\n");
    }

    @Test
    void repoFolderDeletedUnderTheAppSaysSyncToCloneAgain() throws Exception {
        String name = remote(Map.of("a.md", "a\n"));
        Path target = dir.resolve("deleted");
        GitClone.clone(daemon.url(name), null, target, ACCESS, ProgressListener.NONE);
        try (GitRepo repo = GitRepo.open(target)) {
            Trees.deleteRecursively(target);
            GitException e = catchThrowableOfType(GitException.class, repo::status);
            assertThat(e.fault()).isEqualTo(Fault.MISSING_FOLDER);
            assertThat(e.getMessage()).contains(target + " is gone").contains("Sync to clone it again");
            assertThat(catchThrowableOfType(GitException.class, () -> GitPush.push(repo, ACCESS, ProgressListener.NONE))
                    .fault()).isEqualTo(Fault.MISSING_FOLDER);
        }
        assertThat(catchThrowableOfType(GitException.class, () -> GitRepo.open(target)).fault())
                .isEqualTo(Fault.MISSING_FOLDER);
    }

    @Test
    void cloneNeverOverwritesAFolderThatIsNotEmpty() throws Exception {
        String name = remote(Map.of("a.md", "a\n"));
        Path target = Files.createDirectories(dir.resolve("occupied"));
        Files.writeString(target.resolve("notes.txt"), "mine");
        GitException e = catchThrowableOfType(GitException.class,
                () -> GitClone.clone(daemon.url(name), null, target, ACCESS, ProgressListener.NONE));
        assertThat(e.fault()).isEqualTo(Fault.NOT_A_REPO);
        assertThat(e.getMessage()).contains("already exists and is not empty");
        assertThat(target.resolve("notes.txt")).hasContent("mine");
        assertThat(target.resolve(".git")).doesNotExist();
    }

    @Test
    void missingBranchOrRepositoryIsNamed() throws Exception {
        String name = remote(Map.of("a.md", "a\n"));
        Path target = dir.resolve("nobranch");
        GitException e = catchThrowableOfType(GitException.class,
                () -> GitClone.clone(daemon.url(name), "nope", target, ACCESS, ProgressListener.NONE));
        assertThat(e.getMessage()).contains("nope");
        assertNoHalfFolder(target);
        GitException missing = catchThrowableOfType(GitException.class,
                () -> GitClone.clone(daemon.url("does-not-exist"), null, target, ACCESS, ProgressListener.NONE));
        assertThat(missing.fault()).as(missing.getMessage()).isEqualTo(Fault.NOT_FOUND);
        assertNoHalfFolder(target);
    }
}
