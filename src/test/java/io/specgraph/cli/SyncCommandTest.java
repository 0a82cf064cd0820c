package io.specgraph.cli;

import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.git.LocalRepo;
import io.specgraph.git.Remotes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code specgraph sync --workspace F}: clones, then pulls; a result line per repo; exit 1 when one fails. */
@ExtendWith(IsolatedGitConfig.class)
class SyncCommandTest {

    @TempDir
    Path dir;

    private Path workspace(String extraRepo) throws Exception {
        Path remotes = Files.createDirectories(dir.resolve("remotes"));
        Remotes.bare(remotes, "platform", Map.of("README.md", "# platform\n"));
        Remotes.bare(remotes, "cart", Map.of("README.md", "# cart\n"));
        Path ws = dir.resolve("ci/workspace.json");
        Files.createDirectories(ws.getParent());
        Files.writeString(ws, "{\"name\": \"ci\", \"repos\": [\n"
                + "  {\"name\": \"platform\", \"role\": \"platform\", \"path\": \"../checkout/platform\","
                + " \"remote\": \""
                + LocalRepo.remote(remotes.resolve("platform.git")) + "\", \"branch\": \"main\"},\n"
                + "  {\"name\": \"cart\", \"path\": \"../checkout/cart\", \"remote\": \""
                + LocalRepo.remote(remotes.resolve("cart.git")) + "\"}" + extraRepo + "\n]}\n");
        return ws;
    }

    @Test
    void clonesThenReportsUpToDateThenBringsInNewCommits() throws Exception {
        Path ws = workspace("");
        CliRun first = CliRun.run("sync", "--workspace", ws.toString());
        assertThat(first.code()).as(first.err()).isEqualTo(ExitCodes.OK);
        assertThat(first.out()).matches("(?s)platform  cloned      main at [0-9a-f]{7}\n"
                + "cart      cloned      main at [0-9a-f]{7}\n2 repos: 2 cloned\n");
        assertThat(first.err()).contains("platform: cloned").contains("cart: cloned");
        assertThat(dir.resolve("checkout/cart/README.md")).hasContent("# cart");
        CliRun second = CliRun.run("sync", "--workspace", ws.toString(), "--quiet");
        assertThat(second.out()).endsWith("2 repos: 2 up to date\n");
        assertThat(second.err()).isEmpty();
        Remotes.othersCommit(dir.resolve("remotes/cart.git"), "README.md", "# cart v2\n");
        CliRun third = CliRun.run("sync", "--workspace", ws.toString(), "-q");
        assertThat(third.out()).containsPattern("cart      updated     main [0-9a-f]{7}\\.\\.[0-9a-f]{7} \\(1 commit,"
                + " fast-forwarded\\)").endsWith("2 repos: 1 updated, 1 up to date\n");
        assertThat(dir.resolve("checkout/cart/README.md")).hasContent("# cart v2");
        assertThat(CliRun.run("check", "--workspace", ws.toString()).code()).isIn(ExitCodes.OK, ExitCodes.FINDINGS);
    }

    @Test
    void aRepoThatCannotBeReachedFailsWithExitOneAndTheOthersAreCloned() throws Exception {
        Path ws = workspace(",\n  {\"name\": \"gone\", \"path\": \"../checkout/gone\", \"remote\": \""
                + LocalRepo.remote(dir.resolve("remotes/missing.git")) + "\"}");
        CliRun r = CliRun.run("sync", "--workspace", ws.toString(), "-q");
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains("platform  cloned").contains("cart      cloned")
                .contains("gone      failed      cloning file:").endsWith("3 repos: 2 cloned, 1 failed\n");
        assertThat(dir.resolve("checkout/gone")).doesNotExist();
    }

    @Test
    void aMissingWorkspaceFileIsAUsageError() {
        CliRun r = CliRun.run("sync", "--workspace", dir.resolve("nope.json").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).startsWith("specgraph: cannot read workspace file");
        assertThat(CliRun.run("sync").code()).isEqualTo(ExitCodes.USAGE);
    }
}
