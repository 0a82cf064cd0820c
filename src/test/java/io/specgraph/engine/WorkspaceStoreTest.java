package io.specgraph.engine;

import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.git.LocalRepo;
import io.specgraph.model.RepoRole;
import io.specgraph.model.RepoSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Where workspaces, settings and clones live, and which workspace reopens. */
@ExtendWith(IsolatedGitConfig.class)
class WorkspaceStoreTest {

    @TempDir
    Path dir;

    @Test
    void configAndDataDirsFollowEachPlatformsConvention() {
        Path home = Path.of("/home/ann");
        assertThat(AppDirs.of("Linux", Map.of(), home)).isEqualTo(new AppDirs(
                Path.of("/home/ann/.config/specgraph"), Path.of("/home/ann/.local/share/specgraph")));
        assertThat(AppDirs.of("Linux", Map.of("XDG_CONFIG_HOME", "/x/conf", "XDG_DATA_HOME", "relative/ignored"), home))
                .isEqualTo(new AppDirs(Path.of("/x/conf/specgraph"), Path.of("/home/ann/.local/share/specgraph")));
        assertThat(AppDirs.of("Mac OS X", Map.of(), Path.of("/Users/ann")).configDir())
                .isEqualTo(Path.of("/Users/ann/Library/Application Support/Specgraph"));
        AppDirs win = AppDirs.of("Windows 11", Map.of("APPDATA", "/c/Users/ann/AppData/Roaming",
                "LOCALAPPDATA", "/c/Users/ann/AppData/Local"), Path.of("/c/Users/ann"));
        assertThat(win.configDir()).isEqualTo(Path.of("/c/Users/ann/AppData/Roaming/Specgraph"));
        assertThat(win.dataDir()).isEqualTo(Path.of("/c/Users/ann/AppData/Local/Specgraph"));
    }

    @Test
    void aNewWorkspaceIsWrittenToTheConfigDirWithClonesUnderTheDataDirAndReopensLast() throws Exception {
        WorkspaceStore store = new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data")));
        assertThat(store.last()).isEmpty();
        Path first = store.create("Guest Checkout", List.of(
                new WorkspaceStore.Entry("platform", RepoRole.PLATFORM, "https://example.com/p.git", "main", null,
                        null),
                new WorkspaceStore.Entry("cart", RepoRole.COMPONENT, "git@example.com:cart.git", null, "cart", null)));
        assertThat(first).isEqualTo(dir.resolve("config/workspaces/guest-checkout.json"));
        List<RepoSpec> repos = WorkspaceFile.read(first).repos();
        assertThat(repos).extracting(RepoSpec::path).containsExactly(
                dir.resolve("data/repos/guest-checkout/platform"), dir.resolve("data/repos/guest-checkout/cart"));
        assertThat(repos.get(0).remote()).isEqualTo("https://example.com/p.git");
        assertThat(repos.get(0).branch()).isEqualTo("main");
        assertThat(repos.get(1).role()).isEqualTo(RepoRole.COMPONENT);
        assertThat(repos.get(1).domain()).isEqualTo("cart");
        store.setDataDir(dir.resolve("elsewhere"));
        Path second = store.create("second", List.of(new WorkspaceStore.Entry("x", null, null, null, null, null)));
        assertThat(WorkspaceFile.read(second).repos().get(0).path()).isEqualTo(dir.resolve("elsewhere/repos/second/x"));
        assertThat(store.recent()).containsExactly(second, first);
        store.opened(first);
        assertThat(store.last()).contains(first);
        assertThat(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))).recent())
                .containsExactly(first, second);
        Files.delete(second);
        assertThat(store.recent()).containsExactly(first);
    }

    @Test
    void aWorkspaceFromLocalFoldersTakesRemoteAndBranchFromGit() throws Exception {
        Path repo = Files.createDirectories(dir.resolve("folders/cart"));
        Path plain = Files.createDirectories(dir.resolve("folders/notes"));
        try (LocalRepo r = LocalRepo.create(repo, dir.resolve("remotes/cart.git"))) {
            Files.writeString(repo.resolve("a.md"), "a\n");
            r.commitAll("a", "A", "a@example.com", Instant.parse("2026-01-01T00:00:00Z"));
        }
        WorkspaceStore store = new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data")));
        Path ws = store.fromFolders("local", List.of(repo, plain));
        List<RepoSpec> repos = WorkspaceFile.read(ws).repos();
        assertThat(repos).extracting(RepoSpec::name).containsExactly("cart", "notes");
        assertThat(repos.get(0).path()).isEqualTo(repo);
        assertThat(repos.get(0).remote()).isEqualTo(LocalRepo.remote(dir.resolve("remotes/cart.git")));
        assertThat(repos.get(0).branch()).isEqualTo("main");
        assertThat(repos.get(1).remote()).isNull();
        assertThat(store.last()).contains(ws);
    }
}
