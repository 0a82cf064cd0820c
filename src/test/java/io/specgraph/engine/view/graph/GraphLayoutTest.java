package io.specgraph.engine.view.graph;

import io.specgraph.bench.SyntheticWorkspace;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GraphLayoutTest {

    @TempDir
    static Path tmp;
    private static GraphIndex demo;
    private static GraphIndex big;

    @BeforeAll
    static void load() throws Exception {
        demo = GraphIndex.of(FxDemo.workspace());
        List<Path> repos = new SyntheticWorkspace(tmp.resolve("big"), 7).generate(6, 900);
        big = GraphIndex.of(Workspace.load(Targets.resolve(repos, null)));
    }

    @Test
    void elkPutsInitiativesAbovePlatformSpecsAboveComponentSpecs() {
        VisibleGraph g = GraphSelection.select(demo, GraphQuery.ALL);
        GraphLayout layout = GraphLayouts.of(g);
        assertThat(layout.algorithm()).startsWith("elk-layered");
        assertThat(layout.width() / layout.height()).isBetween(0.5, ElkLayout.MAX_ASPECT);
        assertThat(layout.boxes()).hasSize(g.nodes().size());
        double initiativesBottom = maxBottom(g, layout, NodeKind.INITIATIVE);
        double platformTop = minTop(g, layout, NodeKind.PLATFORM_SPEC);
        double platformBottom = maxBottom(g, layout, NodeKind.PLATFORM_SPEC);
        double componentTop = minTop(g, layout, NodeKind.COMPONENT_SPEC);
        assertThat(initiativesBottom).isLessThan(platformTop);
        assertThat(platformBottom).isLessThan(componentTop);
        assertNoOverlaps(layout);
        assertInside(layout);
    }

    @Test
    void groupedAndFocusedViewsDoNotOverlapEither() {
        assertNoOverlaps(GraphLayouts.of(GraphSelection.select(demo,
                GraphQuery.ALL.withGrouping(GroupBy.REPO, Set.of("group:repo:cart")))));
        assertNoOverlaps(GraphLayouts.of(GraphSelection.select(demo,
                GraphQuery.ALL.withFocus("platform/PLAT-124", 2))));
    }

    @Test
    void bigViewsUseTheBandedLayeringInLayerOrderWithoutOverlaps() {
        VisibleGraph g = GraphSelection.select(big, GraphQuery.ALL.withGrouping(GroupBy.NONE, Set.of()));
        assertThat(g.nodes().size()).isGreaterThan(GraphLayouts.ELK_LIMIT);
        GraphLayout layout = GraphLayouts.of(g);
        assertThat(layout.algorithm()).isEqualTo("banded");
        assertThat(layout.boxes()).hasSize(g.nodes().size());
        assertThat(maxBottom(g, layout, NodeKind.INITIATIVE)).isLessThan(minTop(g, layout, NodeKind.PLATFORM_SPEC));
        assertThat(maxBottom(g, layout, NodeKind.PLATFORM_SPEC)).isLessThan(minTop(g, layout, NodeKind.COMPONENT_SPEC));
        assertNoOverlaps(layout);
        assertInside(layout);
        assertThat(layout.width() / layout.height()).isBetween(0.3, 4.0);
    }

    @Test
    void autoGroupingFoldsABigWorkspaceIntoOneNodePerRepo() {
        VisibleGraph g = GraphSelection.select(big, GraphQuery.ALL);
        assertThat(g.matched()).isGreaterThan(GroupBy.AUTO_THRESHOLD);
        assertThat(g.groupBy()).isEqualTo(GroupBy.REPO);
        assertThat(g.nodes()).hasSize(6).allMatch(VisibleNode::group);
        assertThat(g.nodes().stream().mapToInt(VisibleNode::members).sum()).isEqualTo(g.matched());
        assertNoOverlaps(GraphLayouts.of(g));
    }

    private static double maxBottom(VisibleGraph g, GraphLayout l, NodeKind kind) {
        return g.nodes().stream().filter(n -> n.kind() == kind)
                .mapToDouble(n -> l.box(n.key()).y() + l.box(n.key()).h())
                .max().orElseThrow();
    }

    private static double minTop(VisibleGraph g, GraphLayout l, NodeKind kind) {
        return g.nodes().stream().filter(n -> n.kind() == kind).mapToDouble(n -> l.box(n.key()).y()).min()
                .orElseThrow();
    }

    static void assertNoOverlaps(GraphLayout layout) {
        List<GraphLayout.Box> boxes = new ArrayList<>(layout.boxes().values());
        boxes.sort((a, b) -> Double.compare(a.x(), b.x()));
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size() && boxes.get(j).x() < boxes.get(i).x() + boxes.get(i).w(); j++) {
                assertThat(boxes.get(i).overlaps(boxes.get(j))).as("%s overlaps %s", boxes.get(i), boxes.get(j))
                        .isFalse();
            }
        }
    }

    private static void assertInside(GraphLayout layout) {
        assertThat(layout.boxes().values()).allSatisfy(b -> {
            assertThat(b.x()).isGreaterThanOrEqualTo(0);
            assertThat(b.y()).isGreaterThanOrEqualTo(0);
            assertThat(b.x() + b.w()).isLessThanOrEqualTo(layout.width() + 1e-6);
            assertThat(b.y() + b.h()).isLessThanOrEqualTo(layout.height() + 1e-6);
        });
    }
}
