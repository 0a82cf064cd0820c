package io.specgraph.graph;

import io.specgraph.model.EdgeKind;
import io.specgraph.model.Node;
import io.specgraph.model.Version;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImpactTest {

    @TempDir
    Path tmp;

    private SpecGraph workspace() {
        return GoldenRepos.write(new TestRepos(tmp))
                .file("platform/contracts/CONTRACT-10-v1.md", "---\nid: CONTRACT-10\nversion: v1\nconsumers: [cart]\n---\n")
                .file("platform/contracts/CONTRACT-10-v2.md", "---\nid: CONTRACT-10\nversion: v2\nconsumers: [cart]\n---\n")
                .file("platform/platform-specs/PLAT-2.md", "---\nid: PLAT-2\nversion: v1\ncontract_specs: [CONTRACT-10 v2]\n---\n")
                .file("cart/specs/SPEC-OLD.md", "---\nid: SPEC-OLD\ncontracts_referenced: [CONTRACT-10 v1]\n---\n")
                .file("cart/specs/SPEC-NEW.md", "---\nid: SPEC-NEW\ncontracts_referenced: [CONTRACT-10@v2]\n---\n")
                .file("cart/specs/SPEC-IMPL.md", "---\nid: SPEC-IMPL\nimplements: PLAT-2 v1\n---\n")
                .graph();
    }

    private static List<Node> versions(SpecGraph g) {
        return g.withId("CONTRACT-10");
    }

    @Test
    void listsDirectAndIndirectDependentsAndMarksStalePins() {
        SpecGraph g = workspace();
        Impact.Result r = Impact.of(g, versions(g), null);
        assertThat(r.target()).isEqualTo(Version.parse("v2"));
        assertThat(r.dependents()).extracting(d -> d.node().key() + " " + d.edge() + " " + d.pinned() + " "
                        + (d.stale() ? "stale" : "ok") + " " + d.depth())
                .containsExactly("cart/SPEC-OLD depends-on v1 stale 1", "cart/SPEC-NEW depends-on v2 ok 1",
                        "platform/PLAT-2 depends-on v2 ok 1", "cart/SPEC-IMPL implements v1 ok 2");
        assertThat(r.dependents().get(3).via().key()).isEqualTo("platform/PLAT-2");
        assertThat(r.staleCount()).isEqualTo(1);
        assertThat(r.repoCount()).isEqualTo(2);
    }

    @Test
    void measuresAgainstAFutureVersion() {
        SpecGraph g = workspace();
        Impact.Result r = Impact.of(g, versions(g), Version.parse("v3"));
        assertThat(r.staleCount()).isEqualTo(3);
    }

    @Test
    void plansAndTasksAreNotDependents() {
        SpecGraph g = GoldenRepos.write(new TestRepos(tmp))
                .file("platform/platform-specs/PLAT-9/spec.md", "---\nid: PLAT-9\nversion: v1\n---\n# P9\n")
                .file("platform/platform-specs/PLAT-9/plan.md", "# Plan\n")
                .graph();
        List<Node> versions = g.withId("PLAT-9");
        assertThat(g.incoming("platform/PLAT-9", EdgeKind.PART_OF)).hasSize(1);
        assertThat(Impact.of(g, versions, null).dependents()).isEmpty();
    }
}
