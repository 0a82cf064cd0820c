package io.specgraph.graph;

import io.specgraph.model.Edge;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.testkit.TestRepos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static io.specgraph.testkit.TestRepos.findings;
import static io.specgraph.testkit.TestRepos.node;
import static org.assertj.core.api.Assertions.assertThat;

class GraphBuilderTest {

    @TempDir
    Path tmp;

    private TestRepos twoTier() {
        return new TestRepos(tmp)
                .file("platform/platform-specs/PLAT-124.md", "---\nid: PLAT-124\nversion: v1\nstatus: Approved\n"
                        + "children: [SPEC-CART-01]\ninitiative: ECO-124\ncontext_pack: cp-checkout v2\n---\n# Guest checkout\n")
                .file("platform/initiatives/ECO-124-guest-checkout.md", "# ECO-124 Guest Checkout\n\n**Status**: Approved\n")
                .file("platform/context/cp-checkout-v1.md", "---\nid: cp-checkout\nversion: v1\nsources: [Platform MCP v2]\n---\n")
                .file("platform/context/cp-checkout-v2.md", "---\nid: cp-checkout\nversion: v2\nsources: [Platform MCP v3]\n---\n")
                .file("cart/context/component.yaml", "component: cart\ndomain: cart\n")
                .file("cart/specs/SPEC-CART-01.md", "# Guest cart\n\n## Metadata\n- ID: SPEC-CART-01\n"
                        + "- Implements: PLAT-124 v1\n- Context Pack: cp-checkout@v2\n- Status: Implementing\n- Blocked By: []\n");
    }

    @Test
    void resolvesReferencesAcrossReposIntoEdges() {
        SpecGraph g = twoTier().graph();
        assertThat(node(g, "cart/SPEC-CART-01").kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(g.outgoing("cart/SPEC-CART-01", EdgeKind.IMPLEMENTS)).extracting(Edge::to, Edge::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("platform/PLAT-124", "v1"));
        assertThat(g.outgoing("platform/PLAT-124", EdgeKind.CHILD)).extracting(Edge::to)
                .containsExactly("cart/SPEC-CART-01");
        assertThat(g.outgoing("platform/PLAT-124", EdgeKind.PART_OF)).extracting(Edge::to)
                .containsExactly("platform/ECO-124");
        assertThat(g.findings()).filteredOn(Finding::isError).isEmpty();
    }

    @Test
    void versionsSideBySideGetVersionedIdsAndRefsPickTheirVersion() {
        SpecGraph g = twoTier().graph();
        assertThat(TestRepos.keys(g)).contains("platform/cp-checkout@v1", "platform/cp-checkout@v2");
        assertThat(g.outgoing("cart/SPEC-CART-01", EdgeKind.USES_CONTEXT)).extracting(Edge::to)
                .containsExactly("platform/cp-checkout@v2");
    }

    @Test
    void mapsStatusesAndKeepsTheRawText() {
        SpecGraph g = twoTier().graph();
        assertThat(node(g, "cart/SPEC-CART-01").state()).isEqualTo(LifecycleState.IMPLEMENTING);
        assertThat(node(g, "platform/ECO-124").status()).isEqualTo("Approved");
    }

    @Test
    void danglingReferenceIsLg1AtTheItem() {
        SpecGraph g = twoTier()
                .file("cart/specs/SPEC-CART-02.md", "---\nid: SPEC-CART-02\nimplements: PLAT-124 v1\n"
                        + "contracts_referenced:\n  - CONTRACT-7 v1\n  - CONTRACT-404 v1\n---\n# Two\n")
                .file("cart/contracts/CONTRACT-7-cart-events.md", "---\nid: CONTRACT-7\nversion: v1\n---\n# Events\n")
                .graph();
        List<Finding> lg1 = findings(g, GraphRules.DANGLING);
        assertThat(lg1).hasSize(1);
        assertThat(lg1.get(0).message()).contains("CONTRACT-404");
        assertThat(lg1.get(0).line()).isEqualTo(6);
        assertThat(lg1.get(0).column()).isEqualTo(5);
        assertThat(lg1.get(0).node()).isEqualTo("SPEC-CART-02");
    }

    @Test
    void ambiguousIdIsLg1AndRepoPrefixDisambiguates() {
        SpecGraph g = new TestRepos(tmp)
                .file("a/specs/S-1.md", "---\nid: S-1\nkind: contract\n---\n# a\n")
                .file("a/context/x.md", "x")
                .file("b/specs/S-1.md", "---\nid: S-1\nkind: contract\n---\n# b\n")
                .file("b/context/x.md", "x")
                .file("c/specs/USER.md", "---\nid: USER\ncontracts_referenced: [S-1 v1]\n---\n")
                .file("c/specs/USER2.md", "---\nid: USER2\ncontracts_referenced: [b:S-1 v1]\n---\n")
                .file("c/context/x.md", "x")
                .graph();
        List<Finding> lg1 = findings(g, GraphRules.DANGLING);
        assertThat(lg1).extracting(Finding::node).containsExactly("USER");
        assertThat(lg1.get(0).message()).contains("matches 2 nodes").contains("a/S-1").contains("b/S-1");
        assertThat(g.outgoing("c/USER2", EdgeKind.DEPENDS_ON)).extracting(Edge::to).containsExactly("b/S-1");
        assertThat(g.node("b/S-1")).as("a contract without a version keeps its plain id").isPresent();
    }

    @Test
    void markdownLinksResolveRelativeRootRelativeAndAcrossRepos() {
        SpecGraph g = twoTier()
                .file("platform/contracts/CONTRACT-10-order-events.md", "---\nid: CONTRACT-10\nversion: v2\n---\n")
                .file("cart/contracts/CONTRACT-20-cart.md", "---\nid: CONTRACT-20\nversion: v1\n---\n")
                .file("cart/specs/SPEC-CART-03.md", "---\nid: SPEC-CART-03\nimplements: PLAT-124\n"
                        + "contracts_referenced:\n"
                        + "  - '[order events](../../platform/contracts/CONTRACT-10-order-events.md) v2'\n"
                        + "  - '[cart](contracts/CONTRACT-20-cart.md)'\n"
                        + "  - '[cart again](/contracts/CONTRACT-20-cart.md)'\n---\n")
                .graph();
        assertThat(g.outgoing("cart/SPEC-CART-03", EdgeKind.DEPENDS_ON)).extracting(Edge::to)
                .containsExactlyInAnyOrder("platform/CONTRACT-10@v2", "cart/CONTRACT-20@v1");
        assertThat(g.outgoing("cart/SPEC-CART-03", EdgeKind.DEPENDS_ON)).extracting(Edge::version)
                .contains("v2");
    }

    @Test
    void staleLinkResolvesByNameWithAWarning() {
        SpecGraph g = twoTier()
                .file("platform/contracts/CONTRACT-10-order-events.md", "---\nid: CONTRACT-10\nversion: v2\n---\n")
                .file("platform/platform-specs/PLAT-200.md", "---\nid: PLAT-200\n"
                        + "contract_specs: ['[CONTRACT-10](../registry/old-name.md) v2']\n---\n")
                .graph();
        assertThat(g.outgoing("platform/PLAT-200", EdgeKind.DEPENDS_ON)).extracting(Edge::to)
                .containsExactly("platform/CONTRACT-10@v2");
        assertThat(findings(g, GraphRules.DANGLING)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void duplicateIdsStayApartWithAFinding() {
        SpecGraph g = twoTier()
                .file("cart/specs/dup-a.md", "---\nid: SPEC-X\n---\n# A\n")
                .file("cart/specs/dup-b.md", "---\nid: SPEC-X\n---\n# B\n")
                .graph();
        assertThat(TestRepos.keys(g)).contains("cart/SPEC-X", "cart/SPEC-X~2");
        assertThat(findings(g, GraphRules.DUPLICATE_ID)).singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("specs/dup-b.md"));
    }

    @Test
    void oneSidedChildrenAndImplementsAreLg2() {
        SpecGraph g = twoTier()
                .file("cart/specs/SPEC-CART-05.md", "---\nid: SPEC-CART-05\nimplements: PLAT-124 v1\n---\n")
                .graph();
        assertThat(findings(g, GraphRules.ONE_SIDED)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("cart/SPEC-CART-05 implements PLAT-124"));
    }

    @Test
    void cyclesAreLg4() {
        SpecGraph g = new TestRepos(tmp)
                .file("r/platform-specs/PLAT-1.md", "---\nid: PLAT-1\nimplements: PLAT-2\n---\n")
                .file("r/platform-specs/PLAT-2.md", "---\nid: PLAT-2\nimplements: PLAT-3\n---\n")
                .file("r/platform-specs/PLAT-3.md", "---\nid: PLAT-3\nimplements: PLAT-1\n---\n")
                .graph();
        assertThat(findings(g, GraphRules.CYCLE)).hasSize(3).first()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("implements cycle: r/PLAT-1 → r/PLAT-2 → r/PLAT-3 → r/PLAT-1"));
    }

    @Test
    void unknownStatusIsLc1WithTheRawValueKept() {
        SpecGraph g = twoTier()
                .file("cart/specs/SPEC-CART-06.md", "---\nid: SPEC-CART-06\nstatus: \"🚀 launching\"\n---\n")
                .graph();
        assertThat(node(g, "cart/SPEC-CART-06").status()).isEqualTo("🚀 launching");
        assertThat(node(g, "cart/SPEC-CART-06").state()).isNull();
        assertThat(findings(g, GraphRules.UNKNOWN_STATUS)).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(3));
    }

    @Test
    void specGraphJsonDriftIsLg3PerField() {
        SpecGraph g = twoTier()
                .file("platform/spec-graph.json", "{\"version\": 1, \"nodes\": [\n"
                        + "  {\"id\": \"SPEC-CART-01\", \"repo\": \"cart\", \"kind\": \"component-spec\",\n"
                        + "   \"status\": \"Draft\", \"implements\": [\"PLAT-124@v1\"], \"contextPack\": \"cp-checkout@v2\"},\n"
                        + "  {\"id\": \"GHOST-1\", \"repo\": \"platform\"}\n]}\n")
                .graph();
        List<Finding> lg3 = findings(g, GraphRules.DRIFT);
        assertThat(lg3).anySatisfy(f -> {
            assertThat(f.node()).isEqualTo("SPEC-CART-01");
            assertThat(f.message()).contains("says status Draft, the document says Implementing");
            assertThat(f.line()).isEqualTo(7);
        });
        assertThat(lg3).anySatisfy(f -> assertThat(f.message()).contains("lists platform/GHOST-1"));
        assertThat(lg3).anySatisfy(f -> assertThat(f.message()).contains("platform/PLAT-124 is missing"));
        assertThat(lg3).noneSatisfy(f -> assertThat(f.message()).contains("implements"));
    }
}
