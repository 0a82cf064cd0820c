package io.specgraph.engine.view.trace;

import io.specgraph.engine.view.Health;
import io.specgraph.model.LifecycleState;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The boards computed from the built-in demo, checked against numbers counted by hand from its documents. */
class TraceDemoTest {

    private static Trace trace;

    @BeforeAll
    static void load() {
        trace = Trace.of(FxDemo.workspace());
    }

    @Test
    void listsBothInitiativesByIdAndNoGroupWithoutInitiative() {
        List<Initiative> list = Initiatives.of(trace).list();
        assertThat(list).extracting(Initiative::label)
                .containsExactly("ECO-124 Guest Checkout", "ECO-130 Express Checkout with Wallets");
    }

    @Test
    void guestCheckoutHasFourPlatformSpecsAndTheOpenSpecChangeLinkedDirectly() {
        Initiative eco = Initiatives.of(trace).find("ECO-124").orElseThrow();
        assertThat(eco.platformSpecs()).extracting(p -> p.spec().id())
                .containsExactly("PLAT-124", "PLAT-126", "PLAT-127", "PLAT-128");
        assertThat(eco.linked()).extracting(SpecEntry::key).containsExactly("shipping/add-guest-quotes");
        assertThat(eco.initiative().state()).isEqualTo(LifecycleState.IMPLEMENTING);
    }

    @Test
    void guestCheckoutProgressCountsFifteenSpecsAndSevenTasksOverThreeRepos() {
        Progress p = Initiatives.of(trace).find("platform/ECO-124").orElseThrow().progress();
        assertThat(p).isEqualTo(new Progress(7, 15, 3, 3, 0, 2, 0, 3, 3));
        assertThat(p.fraction()).isCloseTo((3 + 2 * 3) / 45.0, within(1e-9));
        assertThat(p.summary()).isEqualTo("15 specs · 3 Approved · 3 Implementing · 0 Done · 2 Blocked");
        assertThat(p.fanOutSummary()).isEqualTo("7 tasks → 3/3 repos");
    }

    @Test
    void plat124GroupsItsTwelveComponentSpecsByRepoWithTheirTasks() {
        PlatformPlan p = trace.plan("platform/PLAT-124");
        assertThat(p.repos()).extracting(RepoGroup::repo).containsExactly("cart", "payments", "shipping");
        RepoGroup cart = p.repo("cart");
        assertThat(cart.specs()).extracting(SpecEntry::id)
                .containsExactly("SPEC-CART-01", "SPEC-CART-02", "SPEC-CART-05", "SPEC-CART-06");
        assertThat(cart.taskLabels()).containsExactly("T010", "T021");
        assertThat(p.repo("shipping").taskLabels()).containsExactly("T012", "T013", "T022");
        assertThat(p.componentSpecs()).hasSize(12);
        assertThat(p.initiative()).isEqualTo("platform/ECO-124");
    }

    @Test
    void entriesCarryStatusAndGateHealth() {
        SpecEntry pay02 = trace.plan("platform/PLAT-124").repo("payments").specs().get(0);
        assertThat(pay02.id()).isEqualTo("SPEC-PAY-02");
        assertThat(pay02.state()).isEqualTo(LifecycleState.BLOCKED);
        assertThat(pay02.health().level()).isEqualTo(Health.Level.FAIL);
        assertThat(pay02.health().failingGates()).extracting(g -> g.name()).containsExactly("READY_TO_IMPLEMENT");
        assertThat(pay02.shortText()).isEqualTo("SPEC-PAY-02 (Blocked, fail)");
    }

    @Test
    void oneSidedImplementsStillCounts() {
        // SPEC-SHIP-05 implements PLAT-126 but PLAT-126's children do not list it (LG2)
        assertThat(trace.plan("platform/PLAT-126").componentSpecs()).extracting(SpecEntry::id)
                .containsExactly("SPEC-SHIP-04", "SPEC-SHIP-05");
        assertThat(trace.orphans()).isEmpty();
    }

    @Test
    void repoMatrixHasAColumnPerComponentRepoAndACellPerPlatformSpec() {
        Matrix m = Matrix.of(trace);
        assertThat(m.mode()).isEqualTo(Matrix.Mode.REPOS);
        assertThat(m.columns()).extracting(Matrix.Column::label).containsExactly("cart", "payments", "shipping");
        assertThat(m.rows()).extracting(Matrix.Row::label)
                .containsExactly("PLAT-124", "PLAT-126", "PLAT-127", "PLAT-128", "PLAT-130");
        Matrix.Row plat124 = m.row("platform/PLAT-124");
        assertThat(plat124.cells()).extracting(c -> c.specs().size()).containsExactly(4, 4, 4);
        assertThat(plat124.cells()).allSatisfy(c -> assertThat(c.planned()).isTrue());
        assertThat(m.row("platform/PLAT-127").cells()).allSatisfy(c -> assertThat(c.isEmpty()).isTrue());
        assertThat(m.row("platform/PLAT-130").cells().get(m.column("payments")).specs())
                .extracting(SpecEntry::id).containsExactly("SPEC-PAY-05");
    }

    @Test
    void contractMatrixSaysWhoDeclaresAndWhoConsumesEachContractVersion() {
        Matrix m = Matrix.contracts(trace);
        assertThat(m.columns()).extracting(Matrix.Column::label)
                .containsExactly("CONTRACT-10@v1", "CONTRACT-10@v2", "CONTRACT-11@v1", "CONTRACT-12@v1",
                        "CONTRACT-13@v2");
        Matrix.Cell v2 = m.row("platform/PLAT-124").cells().get(m.column("platform/CONTRACT-10@v2"));
        assertThat(v2.declared()).isTrue();
        assertThat(v2.specs()).extracting(SpecEntry::id)
                .containsExactly("SPEC-PAY-02", "SPEC-PAY-06", "SPEC-SHIP-03", "SPEC-SHIP-07");
        Matrix.Cell v1 = m.row("platform/PLAT-124").cells().get(m.column("platform/CONTRACT-10@v1"));
        assertThat(v1.declared()).isFalse();
        assertThat(v1.specs()).extracting(SpecEntry::id).containsExactly("SPEC-PAY-03");
        assertThat(m.row("platform/PLAT-127").cells().get(1).text()).isEqualTo("declares");
        assertThat(m.row("platform/PLAT-130").cells().get(0).declared()).isTrue();
    }

    @Test
    void metricsOfTheDemo() {
        Metrics m = Metrics.of(trace);
        assertThat(m.platformSpecsWithComponentSpec()).isEqualTo(new Ratio(4, 5)); // PLAT-127 has none
        assertThat(m.fanOutTargetsCovered()).isEqualTo(new Ratio(3, 3));
        assertThat(m.componentSpecsDeclared()).isEqualTo(new Ratio(16, 16));
        assertThat(m.featuresWithPlatformSpec()).isEqualTo(new Ratio(16, 16));
        // impactful: 5 platform specs + CART-01, CART-04, PAY-02, PAY-06, SHIP-03, SHIP-04, SHIP-06, SHIP-08;
        // without ADR: CART-04, PAY-06, SHIP-08
        assertThat(m.impactfulChangesWithAdr()).isEqualTo(new Ratio(10, 13));
        assertThat(m.impactfulChangesWithAdr().text()).isEqualTo("77 % (10/13)");
        assertThat(m.timeToFirstComponentSpec().days()).isEmpty(); // component specs carry no dates
        assertThat(m.timeToFirstComponentSpec().text()).startsWith("cannot be computed");
        assertThat(m.hotfixes()).isEqualTo(1);
    }
}
