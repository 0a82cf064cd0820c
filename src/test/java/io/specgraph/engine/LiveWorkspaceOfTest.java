package io.specgraph.engine;

import io.specgraph.graph.gate.Gates;
import io.specgraph.graph.gate.Rule;
import io.specgraph.graph.gate.StandardRules;
import io.specgraph.model.Layout;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.OpenSpecReader;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.SeedReader;
import io.specgraph.parse.SpecKitReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link LiveWorkspace#of(Workspace)} carries on with what the workspace was loaded with: its readers, its rules
 * and its unsaved buffers, through updates and reloads.
 */
class LiveWorkspaceOfTest {

    private static final String CART_01 = "specs/SPEC-CART-01-guest-cart.md";
    private static final String ADR_103 = "adr/0103-address-validation-provider.md";

    @TempDir
    static Path shared;
    private static Path base;
    private static List<RepoSpec> repos;

    @BeforeAll
    static void writeDemo() throws Exception {
        base = Demo.write(shared.resolve("demo")).dir();
        repos = Targets.resolve(List.of(base), null);
    }

    @Test
    void aLiveWorkspaceChecksWithTheRulesTheWorkspaceWasLoadedWith() {
        List<Rule> withoutRi1 = StandardRules.nodeRules().stream().filter(r -> !r.id().equals("RI1")).toList();
        Gates rules = new Gates(withoutRi1, StandardRules.verdictRules(), StandardRules.itemChecks(),
                StandardRules.repoRules());
        Workspace loaded = Workspace.load(repos, RepoReader.standard(), rules);
        assertThat(loaded.findings()).noneMatch(f -> f.rule().equals("RI1"));

        LiveWorkspace live = LiveWorkspace.of(loaded);
        assertThat(live.snapshot().findings()).isEqualTo(loaded.findings());
        assertThat(live.reload().workspace().findings()).isEqualTo(loaded.findings());
    }

    @Test
    void aLiveWorkspaceReadsWithTheReaderTheWorkspaceWasLoadedWith() throws Exception {
        RepoReader noAdrs = new RepoReader(List.of(new SeedReader(Layout.SEED_PLATFORM),
                new SeedReader(Layout.SEED_COMPONENT), new SpecKitReader(), new OpenSpecReader()));
        Workspace loaded = Workspace.load(repos, noAdrs, Gates.standard());
        assertThat(loaded.graph().nodes()).noneMatch(n -> n.kind() == NodeKind.ADR);

        LiveWorkspace live = LiveWorkspace.of(loaded);
        assertThat(live.reload().workspace().graph().nodes()).noneMatch(n -> n.kind() == NodeKind.ADR)
                .hasSameSizeAs(loaded.graph().nodes());
    }

    @Test
    void theBuffersAWorkspaceWasLoadedWithStayInEffect() throws Exception {
        String onDisk = Files.readString(base.resolve("cart").resolve(CART_01), StandardCharsets.UTF_8);
        byte[] buffer = onDisk.replace("- Status: Implementing", "- Status: Paused").getBytes(StandardCharsets.UTF_8);
        Workspace loaded = Workspace.load(repos, RepoReader.standard(), Gates.standard(),
                Map.of("cart", Map.of(CART_01, buffer)));
        assertThat(status(loaded)).isEqualTo("Paused");

        LiveWorkspace live = LiveWorkspace.of(loaded);
        String adr = Files.readString(base.resolve("platform").resolve(ADR_103), StandardCharsets.UTF_8);
        LiveUpdate u = live.update("platform", ADR_103, (adr + "\nMore context.\n").getBytes(StandardCharsets.UTF_8));
        assertThat(u.incremental()).isTrue();
        assertThat(status(u.workspace())).isEqualTo("Paused");
        assertThat(status(live.reload().workspace())).isEqualTo("Paused");
        assertThat(status(live.update("cart", CART_01, null).workspace())).isEqualTo("Implementing");
    }

    private static String status(Workspace ws) {
        return ws.graph().node("cart/SPEC-CART-01").orElseThrow().status();
    }
}
