package io.specgraph.git;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A really full disk: a 512 KiB tmpfs mounted for the test (needs root, as on CI; skipped where mounting is not
 * allowed). Cloning into it and committing on it fail with "the disk is full" and lose nothing.
 */
@ExtendWith(IsolatedGitConfig.class)
class DiskFullTest {

    @TempDir
    Path dir;
    private Path disk;
    private boolean mounted;
    private final RemoteAccess access = RemoteAccess.anonymous();

    @BeforeEach
    void mountSmallDisk() throws Exception {
        disk = Files.createDirectories(dir.resolve("small-disk"));
        mounted = run("mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", disk.toString());
        Assumptions.assumeTrue(mounted, "cannot mount a small tmpfs here (needs root)");
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", disk.toString());
        }
    }

    private static boolean run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void cloneOntoAFullDiskSaysFreeSpaceAndLeavesNoHalfFolder() throws Exception {
        Path bare = Remotes.bare(Files.createDirectories(dir.resolve("remotes")), "big", Map.of("a.md", "a\n"));
        Remotes.pushRandomFile(bare, "big.bin", 800_000, 7);
        Path target = disk.resolve("big");
        GitException e = catchThrowableOfType(GitException.class,
                () -> GitClone.clone(LocalRepo.remote(bare), null, target, access, ProgressListener.NONE));
        assertThat(e.fault()).as(e.getMessage()).isEqualTo(Fault.DISK_FULL);
        assertThat(e.getMessage()).contains("the disk is full. Free some space, then try again");
        FaultsTest.assertNoHalfFolder(target);
        try (var s = Files.list(disk)) {
            assertThat(s).isEmpty();
        }
    }

    @Test
    void commitOnAFullDiskKeepsTheEditAndWorksOnceThereIsSpace() throws Exception {
        Path bare = Remotes.bare(Files.createDirectories(dir.resolve("remotes")), "small", Map.of("a.md", "a\n"));
        Path work = disk.resolve("small");
        GitClone.clone(LocalRepo.remote(bare), null, work, access, ProgressListener.NONE);
        String edit = "my edit\n".repeat(2_000);
        Files.writeString(work.resolve("a.md"), edit);
        Path filler = disk.resolve("filler");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
        try (GitRepo repo = GitRepo.open(work)) {
            GitException e = catchThrowableOfType(GitException.class, () -> repo.commitAll("Edit", Remotes.ME));
            assertThat(e.fault()).as(e.getMessage()).isEqualTo(Fault.DISK_FULL);
            assertThat(e.getMessage()).contains("the disk is full");
            assertThat(work.resolve("a.md")).hasContent(edit.strip());
            Files.delete(filler);
            assertThat(repo.commitAll("Edit", Remotes.ME)).isPresent();
            GitPush.push(repo, access, ProgressListener.NONE);
        }
        assertThat(Remotes.readAtMain(bare, "a.md", dir)).isEqualTo(edit);
    }
}
