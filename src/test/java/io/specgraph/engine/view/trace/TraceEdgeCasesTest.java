package io.specgraph.engine.view.trace;

import io.specgraph.engine.Workspace;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Small hand-made workspaces (real files) for what the demo does not show. */
class TraceEdgeCasesTest {

    @TempDir
    Path dir;

    private Trace trace;

    @BeforeEach
    void write() {
        Workspace ws = new TestRepos(dir)
                .file("platform/constitution/constitution.md", "# Constitution\n\nEvery spec cites its sources.\n")
                .file("platform/initiatives/ECO-1-empty.md", initiative("ECO-1", "Nothing yet"))
                .file("platform/initiatives/ECO-2-stock.md", initiative("ECO-2", "Stock levels"))
                .file("platform/platform-specs/PLAT-2-stock/spec.md", "# Stock\n\n## Metadata\n- ID: PLAT-2\n"
                        + "- Kind: platform-spec\n- Version: v1\n- Status: Approved\n- Initiative: ECO-2\n"
                        + "- Created: 2026-01-10\n")
                .file("platform/platform-specs/PLAT-2-stock/tasks.md", "# Tasks\n\n"
                        + "- [ ] T001 Stock badge in the cart\n  - component_repo: cart\n"
                        + "  - platform_spec_id: PLAT-2 v1\n  - contract_change: no\n"
                        + "- [ ] T002 Stock reservations\n  - component_repo: inventory\n"
                        + "  - platform_spec_id: PLAT-2 v1\n  - contract_change: yes\n")
                .file("platform/platform-specs/PLAT-3-loose.md", "# Loose\n\n## Metadata\n- ID: PLAT-3\n"
                        + "- Kind: platform-spec\n- Version: v1\n- Status: Draft\n- Created: 2026-02-01\n")
                .file("cart/context/component.yaml", "component: cart\n")
                .file("cart/specs/SPEC-C-1.md", component("SPEC-C-1", "Done", "PLAT-2 v1", "cp-x v1", "2026-01-15"))
                .file("cart/specs/SPEC-C-2.md", component("SPEC-C-2", "Draft", "PLAT-404 v1", "cp-x v1", null))
                .file("cart/specs/SPEC-C-3.md", component("SPEC-C-3", "Approved", "PLAT-3 v1", null, "2026-01-20"))
                .load();
        trace = Trace.of(ws);
    }

    private static String initiative(String id, String title) {
        return "---\nid: " + id + "\nkind: initiative\nstatus: Planned\n---\n\n# " + title + "\n";
    }

    private static String component(String id, String status, String implementsRef, String pack, String created) {
        return "# " + id + "\n\n## Metadata\n- ID: " + id + "\n- Kind: component-spec\n- Version: v1\n- Status: "
                + status + "\n- Implements: " + implementsRef + "\n"
                + (pack == null ? "" : "- Context Pack: " + pack + "\n")
                + (created == null ? "" : "- Created: " + created + "\n");
    }

    @Test
    void initiativeWithoutSpecsShowsNoProgress() {
        Initiative eco1 = Initiatives.of(trace).find("ECO-1").orElseThrow();
        assertThat(eco1.platformSpecs()).isEmpty();
        assertThat(eco1.progress()).isEqualTo(Progress.NONE);
        assertThat(eco1.progress().fraction()).isZero();
        assertThat(eco1.progress().fanOutSummary()).isEmpty();
    }

    @Test
    void platformSpecsWithoutInitiativeFormTheLastGroup() {
        assertThat(Initiatives.of(trace).list()).extracting(Initiative::label)
                .containsExactly("ECO-1 Nothing yet", "ECO-2 Stock levels", Initiative.NO_INITIATIVE);
        Initiative loose = Initiatives.of(trace).list().get(2);
        assertThat(loose.key()).isNull();
        assertThat(loose.platformSpecs()).extracting(p -> p.spec().id()).containsExactly("PLAT-3");
    }

    @Test
    void plannedTargetWithoutSpecIsMissingAndAnUnknownRepoStillShows() {
        PlatformPlan p = trace.plan("platform/PLAT-2");
        assertThat(p.repos()).extracting(RepoGroup::repo).containsExactly("cart", "inventory");
        RepoGroup inventory = p.repo("inventory");
        assertThat(inventory.missing()).isTrue();
        assertThat(inventory.known()).isFalse();
        assertThat(inventory.taskLabels()).containsExactly("T002");
        assertThat(p.repo("cart").missing()).isFalse();
        assertThat(p.progress()).isEqualTo(new Progress(2, 1, 0, 0, 1, 0, 0, 2, 1));
        assertThat(p.progress().fraction()).isEqualTo(0.5); // one Done over two planned
        assertThat(Initiatives.of(trace).find("ECO-2").orElseThrow().missingTargets()).isEqualTo(1);
    }

    @Test
    void componentSpecImplementingAnUnknownSpecIsAnOrphan() {
        assertThat(trace.orphans()).extracting(SpecEntry::id).containsExactly("SPEC-C-2");
    }

    @Test
    void matrixMarksTheMissingCellAndAddsTheRowWithoutPlatformSpec() {
        Matrix m = Matrix.of(trace);
        assertThat(m.columns()).extracting(Matrix.Column::key).containsExactly("cart", "inventory");
        assertThat(m.rows()).extracting(Matrix.Row::label).containsExactly("PLAT-2", "PLAT-3", Matrix.NO_PLATFORM_SPEC);
        Matrix.Cell missing = m.row("platform/PLAT-2").cells().get(m.column("inventory"));
        assertThat(missing.missing()).isTrue();
        assertThat(missing.text()).isEqualTo("missing (planned by T002)");
        Matrix.Row orphans = m.rows().get(2);
        assertThat(orphans.spec()).isNull();
        assertThat(orphans.cells().get(0).specs()).extracting(SpecEntry::id).containsExactly("SPEC-C-2");
        assertThat(MatrixCsv.toCsv(m)).contains("\r\nNo platform spec,,,,\"SPEC-C-2 (Draft, ");
    }

    @Test
    void metricsFollowTheDocumentedDefinitions() {
        Metrics m = Metrics.of(trace);
        assertThat(m.platformSpecsWithComponentSpec()).isEqualTo(new Ratio(2, 2));
        assertThat(m.fanOutTargetsCovered()).isEqualTo(new Ratio(1, 2));
        assertThat(m.componentSpecsDeclared()).isEqualTo(new Ratio(2, 3)); // SPEC-C-3 declares no context pack
        // SPEC-C-2's platform spec does not exist; SPEC-C-3 is dated before PLAT-3
        assertThat(m.featuresWithPlatformSpec()).isEqualTo(new Ratio(1, 3));
        assertThat(m.timeToFirstComponentSpec().days()).containsExactly(5L, -12L);
        assertThat(m.timeToFirstComponentSpec().medianDays()).isEqualTo(-3.5);
        assertThat(m.impactfulChangesWithAdr()).isEqualTo(new Ratio(0, 0));
        assertThat(m.impactfulChangesWithAdr().text()).isEqualTo("n/a (0/0)");
    }
}
