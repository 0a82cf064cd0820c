package io.specgraph.engine.view.graph;

import io.specgraph.engine.view.Health;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Gate;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GraphSelectionTest {

    private static GraphIndex index;

    @BeforeAll
    static void load() {
        index = GraphIndex.of(FxDemo.workspace());
    }

    private static VisibleGraph select(GraphQuery q) {
        return GraphSelection.select(index, q);
    }

    private static List<String> keys(VisibleGraph g) {
        return g.nodes().stream().map(VisibleNode::key).toList();
    }

    @Test
    void showsTheWholeDemoUngroupedByDefault() {
        VisibleGraph g = select(GraphQuery.ALL);
        assertThat(g.groupBy()).isEqualTo(GroupBy.NONE);
        assertThat(g.nodes()).hasSize(54).noneMatch(VisibleNode::group);
        assertThat(g.total()).isEqualTo(54);
        assertThat(g.edges()).isNotEmpty().allMatch(e -> e.count() == 1 && !e.aggregate());
        assertThat(g.node("platform/PLAT-124")).get().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NodeKind.PLATFORM_SPEC);
            assertThat(n.label()).isEqualTo("PLAT-124");
            assertThat(n.state()).isEqualTo(LifecycleState.APPROVED);
        });
        assertThat(g.node("payments/SPEC-PAY-05").orElseThrow().level()).isEqualTo(Health.Level.FAIL);
    }

    @Test
    void filtersByKindRepoAndState() {
        assertThat(select(GraphQuery.ALL.withKinds(Set.of(NodeKind.INITIATIVE))).nodes())
                .extracting(VisibleNode::key).containsExactly("platform/ECO-124", "platform/ECO-130");
        VisibleGraph cart = select(GraphQuery.ALL.withRepos(Set.of("cart")));
        assertThat(cart.nodes()).hasSize(8).allMatch(n -> n.repo().equals("cart"));
        assertThat(select(GraphQuery.ALL.withStates(Set.of(LifecycleState.PAUSED))).nodes())
                .extracting(VisibleNode::key)
                .containsExactly("payments/SPEC-PAY-05", "platform/ECO-130", "platform/PLAT-130");
    }

    @Test
    void filtersByHealthLevelAndFailingGate() {
        VisibleGraph warn = select(GraphQuery.ALL.withHealth(Set.of(Health.Level.WARN), Set.of()));
        assertThat(keys(warn)).containsExactly("cart/BUG-200", "cart/SPEC-CART-02", "payments/SPEC-PAY-03");
        VisibleGraph failing = select(GraphQuery.ALL.withHealth(Set.of(), Set.of(Gate.READY_TO_IMPLEMENT)));
        assertThat(failing.nodes()).isNotEmpty()
                .allMatch(n -> n.health().failingGates().contains(Gate.READY_TO_IMPLEMENT));
        assertThat(failing.nodes().size()).isLessThan(54);
    }

    @Test
    void edgeKindFilterKeepsOnlyThoseEdges() {
        VisibleGraph g = select(GraphQuery.ALL.withEdgeKinds(Set.of(EdgeKind.BLOCKED_BY)));
        assertThat(g.nodes()).hasSize(54);
        assertThat(g.edges()).extracting(e -> e.from() + ">" + e.to())
                .contains("payments/SPEC-PAY-05>platform/ADR-104", "payments/SPEC-PAY-02>platform/ADR-100")
                .allMatch(s -> !s.isEmpty());
        assertThat(g.edges()).allMatch(e -> e.kind() == EdgeKind.BLOCKED_BY);
    }

    @Test
    void textSearchMatchesIdOrTitleInAnyCase() {
        assertThat(keys(select(GraphQuery.ALL.withText("spec-pay-0")))).hasSize(5)
                .allMatch(k -> k.startsWith("payments/SPEC-PAY-0"));
        VisibleGraph byTitle = select(GraphQuery.ALL.withText("WALLET"));
        assertThat(keys(byTitle)).contains("platform/ECO-130", "platform/PLAT-130", "payments/SPEC-PAY-05");
    }

    @Test
    void focusDepthOneShowsTheNodeAndItsNeighboursBothWays() {
        VisibleGraph g = select(GraphQuery.ALL.withFocus("payments/SPEC-PAY-05", 1));
        assertThat(keys(g)).containsExactlyInAnyOrder("payments/SPEC-PAY-05", "platform/PLAT-130",
                "platform/ADR-104", "platform/cp-checkout@v1", "platform/payments");
        assertThat(g.node("payments/SPEC-PAY-05").orElseThrow().focus()).isTrue();
        assertThat(g.nodes()).filteredOn(VisibleNode::focus).hasSize(1);
        VisibleGraph two = select(GraphQuery.ALL.withFocus("payments/SPEC-PAY-05", 2));
        assertThat(keys(two)).containsAll(keys(g)).contains("platform/ECO-130").hasSizeGreaterThan(g.nodes().size());
    }

    @Test
    void focusKeepsTheFocusedNodeThroughFiltersAndIsNeverGrouped() {
        VisibleGraph g = select(GraphQuery.ALL.withFocus("platform/PLAT-130", 1)
                .withKinds(Set.of(NodeKind.COMPONENT_SPEC)).withGrouping(GroupBy.REPO, Set.of()));
        assertThat(g.groupBy()).isEqualTo(GroupBy.NONE);
        assertThat(keys(g)).containsExactly("payments/SPEC-PAY-05", "platform/PLAT-130");
    }

    @Test
    void groupsByRepoWithCountsWorstHealthAndAggregatedEdges() {
        VisibleGraph g = select(GraphQuery.ALL.withGrouping(GroupBy.REPO, Set.of()));
        assertThat(keys(g)).containsExactly("group:repo:cart", "group:repo:payments", "group:repo:platform",
                "group:repo:shipping");
        assertThat(g.nodes()).extracting(VisibleNode::members).containsExactly(8, 8, 26, 12);
        assertThat(g.node("group:repo:platform").orElseThrow().kind()).isEqualTo(NodeKind.CONSTITUTION);
        assertThat(g.node("group:repo:cart").orElseThrow().kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(g.node("group:repo:cart").orElseThrow().level()).isEqualTo(Health.Level.FAIL);
        assertThat(g.edges()).allMatch(VisibleEdge::aggregate);
        assertThat(g.edges())
                .filteredOn(e -> e.from().equals("group:repo:cart") && e.to().equals("group:repo:platform"))
                .singleElement().satisfies(e -> assertThat(e.count()).isGreaterThan(10));
        assertThat(g.edges().stream().mapToInt(VisibleEdge::count).sum()).isEqualTo(86);
    }

    @Test
    void expandingAGroupShowsItsMembersAndKeepsTheOthersCollapsed() {
        VisibleGraph g = select(GraphQuery.ALL.withGrouping(GroupBy.REPO, Set.of("group:repo:cart")));
        assertThat(g.nodes()).filteredOn(VisibleNode::group).extracting(VisibleNode::key)
                .containsExactly("group:repo:payments", "group:repo:platform", "group:repo:shipping");
        assertThat(g.nodes()).filteredOn(n -> !n.group()).hasSize(8).allMatch(n -> n.repo().equals("cart"));
        assertThat(g.edges()).anyMatch(e -> e.from().equals("cart/SPEC-CART-01") && e.to().equals("group:repo:platform")
                && e.aggregate());
    }

    @Test
    void groupsByDomainAndByInitiative() {
        VisibleGraph byDomain = select(GraphQuery.ALL.withGrouping(GroupBy.DOMAIN, Set.of()));
        assertThat(keys(byDomain)).contains("group:domain:cart", "group:domain:payments", "group:domain:shipping",
                "group:domain:checkout", "group:domain:(none)");
        VisibleGraph byInitiative = select(GraphQuery.ALL.withGrouping(GroupBy.INITIATIVE, Set.of()));
        assertThat(keys(byInitiative)).containsExactlyInAnyOrder("group:initiative:ECO-124",
                "group:initiative:ECO-130", "group:initiative:(none)");
        assertThat(byInitiative.node("group:initiative:ECO-130").orElseThrow().members()).isEqualTo(3);
    }

    @Test
    void autoGroupsOnlyAboveTheThreshold() {
        assertThat(GroupBy.AUTO.resolve(GroupBy.AUTO_THRESHOLD)).isEqualTo(GroupBy.NONE);
        assertThat(GroupBy.AUTO.resolve(GroupBy.AUTO_THRESHOLD + 1)).isEqualTo(GroupBy.REPO);
        assertThat(GroupBy.DOMAIN.resolve(5)).isEqualTo(GroupBy.DOMAIN);
    }

    @Test
    void highlightsTheShortestPathEvenThroughFilteredOrGroupedNodes() {
        VisibleGraph g = select(GraphQuery.ALL.withPath("cart/SPEC-CART-04", "platform/ECO-124")
                .withKinds(Set.of(NodeKind.COMPONENT_SPEC)).withGrouping(GroupBy.REPO, Set.of()));
        assertThat(g.path()).containsExactly("cart/SPEC-CART-04", "platform/PLAT-128", "platform/ECO-124");
        assertThat(g.nodes()).filteredOn(VisibleNode::onPath).extracting(VisibleNode::key)
                .containsExactlyInAnyOrder("cart/SPEC-CART-04", "platform/PLAT-128", "platform/ECO-124");
        assertThat(g.edges()).filteredOn(VisibleEdge::onPath).extracting(e -> e.from() + ">" + e.to())
                .containsExactlyInAnyOrder("cart/SPEC-CART-04>platform/PLAT-128", "platform/PLAT-128>cart/SPEC-CART-04",
                        "platform/PLAT-128>platform/ECO-124");
    }

    @Test
    void noPathBetweenUnconnectedNodesOrUnknownKeys() {
        assertThat(select(GraphQuery.ALL.withPath("cart/SPEC-CART-04", "nope/X")).path()).isEmpty();
        VisibleGraph onlyBlocked = select(GraphQuery.ALL.withEdgeKinds(Set.of(EdgeKind.BLOCKED_BY))
                .withPath("cart/SPEC-CART-04", "platform/ECO-124"));
        assertThat(onlyBlocked.path()).isEmpty();
    }
}
