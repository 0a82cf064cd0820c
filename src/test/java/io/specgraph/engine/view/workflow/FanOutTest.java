package io.specgraph.engine.view.workflow;

import io.specgraph.engine.Demo;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Fan-out on a private copy of the demo: PLAT-124's tasks, new tasks added to its tasks.md, and refusals. */
class FanOutTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    static final Set<String> FORMAT_RULES = Set.of("RD", "CTX", "SK", "ADR", "OS", "LG1", "LG2", "LG4", "LC1");
    private static final String TASKS = "platform/platform-specs/PLAT-124-guest-checkout/tasks.md";
    private static final String SPEC = "platform/platform-specs/PLAT-124-guest-checkout/spec.md";
    private static final String NEW_TASKS = """

            ## Phase 5: Loyalty

            - [ ] T040 Loyalty points in the cart in specs/SPEC-CART-20-loyalty.md
              - component_repo: cart
              - platform_spec_id: PLAT-124 v1
              - context_pack_version: cp-checkout v2
              - contract_change: no
              - blocked_by: ADR-103
            - [ ] T041 Loyalty badge on the cart page.
              - component_repo: cart
              - platform_spec_id: PLAT-124 v1
              - context_pack_version: v1
              - contract_change: yes
              - blocked_by: []
            - [ ] T042 Loyalty ledger
              - component_repo: billing
              - platform_spec_id: PLAT-124 v1
            - [ ] T043 Loyalty rules in the platform
              - component_repo: platform
              - platform_spec_id: PLAT-124 v1
            - [ ] T044 Loyalty for wallets
              - component_repo: payments
              - platform_spec_id: PLAT-130 v1
            """;

    @TempDir
    Path tmp;
    Path demo;
    Workspace ws;

    @BeforeEach
    void writeDemo() throws Exception {
        demo = Demo.write(tmp.resolve("demo")).dir();
        ws = load(demo);
    }

    static Workspace load(Path dir) {
        try {
            return Workspace.load(Targets.resolve(List.of(dir), null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Finding> formatFindings(Workspace ws, String repo, String path) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : ws.findings()) {
            if (f.repo().equals(repo) && f.path().equals(path)
                    && FORMAT_RULES.stream().anyMatch(r -> f.rule().startsWith(r))) {
                out.add(f);
            }
        }
        return out;
    }

    private Workspace withNewTasks() throws Exception {
        Files.writeString(demo.resolve(TASKS), NEW_TASKS, StandardOpenOption.APPEND);
        return load(demo);
    }

    @Test
    void everyTaskOfTheDemoIsAlreadyCoveredByTheSpecItNamesOrThatNamesIt() {
        FanOutPlan plan = FanOut.plan(ws, "platform/PLAT-124");

        assertThat(plan.problem()).isEmpty();
        assertThat(plan.items()).extracting(i -> i.key() + " " + i.state() + " " + i.note()).containsExactly(
                "T010 EXISTS cart/SPEC-CART-01", "T011 EXISTS payments/SPEC-PAY-02",
                "T012 EXISTS shipping/SPEC-SHIP-03", "T013 EXISTS shipping/SPEC-SHIP-06",
                "T020 EXISTS payments/SPEC-PAY-03", "T021 EXISTS cart/SPEC-CART-05",
                "T022 EXISTS shipping/SPEC-SHIP-07");
        assertThat(plan.creatableKeys()).isEmpty();
        assertThat(FanOut.apply(ws, plan, List.of("T010"), DAY).problems())
                .containsExactly("T010: already covered by cart/SPEC-CART-01; nothing written");
    }

    @Test
    void newTasksAreProposedNumberedPerRepoWithTheirLinksAndProblemsSaid() throws Exception {
        FanOutPlan plan = FanOut.plan(withNewTasks(), "PLAT-124");

        assertThat(plan.platformSpecKey()).isEqualTo("platform/PLAT-124");
        FanOutItem t40 = plan.item("T040").orElseThrow();
        assertThat(t40.state()).isEqualTo(FanOutItem.State.NEW);
        assertThat(t40.proposal().id()).isEqualTo("SPEC-CART-07");
        assertThat(t40.proposal().path()).isEqualTo("specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        assertThat(t40.title()).isEqualTo("Loyalty points in the cart");
        assertThat(t40.implementz()).isEqualTo("PLAT-124 v1");
        assertThat(t40.contextPack()).isEqualTo("cp-checkout v2");
        assertThat(t40.contracts()).containsExactly("CONTRACT-10 v2", "CONTRACT-11 v1", "CONTRACT-12 v1");
        assertThat(t40.blockedBy()).containsExactly("ADR-103");
        assertThat(t40.contractChange()).isFalse();
        FanOutItem t41 = plan.item("T041").orElseThrow();
        assertThat(t41.proposal().id()).as("the second new cart spec takes the next number").isEqualTo("SPEC-CART-08");
        assertThat(t41.proposal().path()).isEqualTo("specs/SPEC-CART-08-loyalty-badge-on-the-cart-page.md");
        assertThat(t41.contextPack()).as("a bare version takes the platform spec's pack").isEqualTo("cp-checkout v1");
        assertThat(t41.contractChange()).isTrue();
        assertThat(plan.item("T042").orElseThrow().note())
                .isEqualTo("no repo billing in the workspace (add it, or correct component_repo)");
        assertThat(plan.item("T043").orElseThrow().note())
                .isEqualTo("platform is the platform repo: a component spec goes to a component repo");
        assertThat(plan.item("T044").orElseThrow().note())
                .isEqualTo("the task names PLAT-130 v1 as its platform spec, not PLAT-124");
        assertThat(plan.creatableKeys()).containsExactly("T040", "T041");
    }

    @Test
    void applyWritesTheSpecsAddsThemToChildrenWithAMinimalEditAndTheyReadBackClean() throws Exception {
        FanOutPlan plan = FanOut.plan(withNewTasks(), "platform/PLAT-124");
        List<String> before = Files.readAllLines(demo.resolve(SPEC));

        FanOutResult result = FanOut.apply(ws, plan, List.of("T040", "T041", "T042"), DAY);

        assertThat(result.written()).extracting(FanOutResult.Written::nodeKey)
                .containsExactly("cart/SPEC-CART-07", "cart/SPEC-CART-08");
        assertThat(result.problems()).containsExactly(
                "T042: no repo billing in the workspace (add it, or correct component_repo); nothing written");
        assertThat(result.linked()).containsExactly(
                "platform/platform-specs/PLAT-124-guest-checkout/spec.md: children: += cart:SPEC-CART-07",
                "platform/platform-specs/PLAT-124-guest-checkout/spec.md: children: += cart:SPEC-CART-08");
        List<String> after = Files.readAllLines(demo.resolve(SPEC));
        List<String> expected = new ArrayList<>(before);
        int last = expected.indexOf("  - shipping:SPEC-SHIP-08");
        expected.add(last + 1, "  - cart:SPEC-CART-07");
        expected.add(last + 2, "  - cart:SPEC-CART-08");
        assertThat(after).as("only the two children lines are added").isEqualTo(expected);

        String text = Files.readString(demo.resolve("cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md"));
        assertThat(text).startsWith("# Loyalty points in the cart\n").contains("- ID: SPEC-CART-07\n",
                "- Implements: PLAT-124 v1\n", "- Context Pack: cp-checkout v2\n",
                "- Contracts Referenced: [CONTRACT-10 v2, CONTRACT-11 v1, CONTRACT-12 v1]\n",
                "- Blocked By: [ADR-103]\n", "- Domain: cart\n", "- Affects: [cart]\n",
                "Source: PLAT-124 v1 (fan-out task T040)\n");

        Workspace reloaded = load(demo);
        for (FanOutResult.Written w : result.written()) {
            Node n = reloaded.graph().node(w.nodeKey()).orElseThrow();
            assertThat(n.kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
            assertThat(n.state()).isEqualTo(LifecycleState.DRAFT);
            assertThat(formatFindings(reloaded, w.repo(), w.path())).as(w.path()).isEmpty();
            assertThat(reloaded.graph().outgoing("platform/PLAT-124", EdgeKind.CHILD)).extracting(e -> e.to())
                    .contains(w.nodeKey());
            assertThat(reloaded.graph().outgoing(w.nodeKey(), EdgeKind.IMPLEMENTS)).extracting(e -> e.to())
                    .containsExactly("platform/PLAT-124");
            assertThat(reloaded.graph().outgoing(w.nodeKey(), EdgeKind.USES_CONTEXT)).hasSize(1);
        }
        assertThat(reloaded.graph().outgoing("cart/SPEC-CART-07", EdgeKind.BLOCKED_BY)).extracting(e -> e.to())
                .containsExactly("platform/ADR-103");
        assertThat(formatFindings(reloaded, "platform", "platform-specs/PLAT-124-guest-checkout/spec.md"))
                .isEqualTo(formatFindings(ws, "platform", "platform-specs/PLAT-124-guest-checkout/spec.md"));

        FanOutPlan again = FanOut.plan(reloaded, "platform/PLAT-124");
        assertThat(again.item("T040").orElseThrow().note()).isEqualTo("cart/SPEC-CART-07");
        assertThat(again.item("T041").orElseThrow().note()).isEqualTo("cart/SPEC-CART-08");
        assertThat(again.creatableKeys()).isEmpty();
    }

    @Test
    void aFileThatAppearedSinceThePlanIsNeverOverwrittenAndNotLinked() throws Exception {
        FanOutPlan plan = FanOut.plan(withNewTasks(), "platform/PLAT-124");
        Path taken = demo.resolve("cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        Files.writeString(taken, "mine\n");
        byte[] spec = Files.readAllBytes(demo.resolve(SPEC));

        FanOutResult result = FanOut.apply(ws, plan, List.of("T040", "T999"), DAY);

        assertThat(result.written()).isEmpty();
        assertThat(result.linked()).isEmpty();
        assertThat(result.problems()).containsExactly("T999: no such fan-out task of PLAT-124",
                "T040: cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md already exists; nothing written");
        assertThat(Files.readString(taken)).isEqualTo("mine\n");
        assertThat(Files.readAllBytes(demo.resolve(SPEC))).isEqualTo(spec);
    }

    @Test
    void onlyAPlatformSpecWithFanOutTasksFansOut() {
        assertThat(FanOut.plan(ws, "platform/PLAT-999").problem())
                .isEqualTo("no platform spec platform/PLAT-999 in the workspace");
        assertThat(FanOut.plan(ws, "cart/SPEC-CART-01").problem())
                .startsWith("SPEC-CART-01 is a component spec, not a platform spec");
        FanOutPlan none = FanOut.plan(ws, "platform/PLAT-126");
        assertThat(none.problem()).startsWith("PLAT-126 has no fan-out tasks");
        assertThat(FanOut.apply(ws, none, List.of("T001"), DAY).problems()).containsExactly(none.problem());
    }

    @Test
    void tasksWrittenInThePlatformSpecItselfOrItsPlanFanOutToo() throws Exception {
        String task = """

                ## Fan-out tasks

                - [ ] T050 %s
                  - component_repo: cart
                  - platform_spec_id: %s v1
                  - context_pack_version: cp-checkout v2
                  - contract_change: no
                  - blocked_by: ADR-100
                """;
        Files.writeString(demo.resolve("platform/platform-specs/PLAT-126-guest-order-tracking.md"),
                task.formatted("Order tracking link in the cart", "PLAT-126"), StandardOpenOption.APPEND);
        Files.writeString(demo.resolve("platform/platform-specs/PLAT-124-guest-checkout/plan.md"),
                task.formatted("Gift wrap in the cart", "PLAT-124"), StandardOpenOption.APPEND);
        Workspace now = load(demo);

        FanOutPlan single = FanOut.plan(now, "platform/PLAT-126");
        assertThat(single.problem()).as("a single-file platform spec's own tasks").isEmpty();
        assertThat(single.items()).extracting(i -> i.key() + " " + i.state() + " " + i.title() + " " + i.blockedBy())
                .containsExactly("T050 NEW Order tracking link in the cart [ADR-100]");
        FanOutPlan folder = FanOut.plan(now, "platform/PLAT-124");
        assertThat(folder.item("T050")).as("a task in the feature's plan.md").get()
                .extracting(FanOutItem::title).isEqualTo("Gift wrap in the cart");
    }
}
