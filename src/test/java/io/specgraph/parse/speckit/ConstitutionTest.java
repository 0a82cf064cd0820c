package io.specgraph.parse.speckit;

import io.specgraph.model.MetaSource;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.SpecKitItem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ConstitutionTest {

    @Test
    void oneSyncImpactReportIsVerbatimAndRecorded() {
        SpecKitFixture repo = SpecKitFixture.read("sync-one");
        Node c = repo.node("constitution");
        assertThat(c.title()).isEqualTo("Ledger Constitution");
        assertThat(c.content().isVerbatim(1)).isTrue();
        assertThat(c.content().isVerbatim(7)).isTrue();
        assertThat(c.content().isVerbatim(8)).isFalse();
        assertThat(FullFeatureTest.items(c, SpecKitItem.Type.SYNC_REPORT))
                .extracting(SpecKitItem::line, SpecKitItem::column, SpecKitItem::text)
                .containsExactly(tuple(1, 1, "Version change: 1.0.0 → 1.1.0"));
        assertThat(c.version()).isEqualTo("1.1.0");
        assertThat(c.meta().value("last_amended")).isEqualTo("2026-03-14");
        assertThat(repo.findings()).isEmpty();
    }

    @Test
    void severalStackedReportsAreEachRecordedAndTheTitleFollowsThem() {
        SpecKitFixture repo = SpecKitFixture.read("sync-stacked");
        Node c = repo.node("constitution");
        assertThat(c.title()).isEqualTo("Atlas Platform Constitution");
        assertThat(FullFeatureTest.items(c, SpecKitItem.Type.SYNC_REPORT))
                .extracting(SpecKitItem::line, SpecKitItem::text)
                .containsExactly(tuple(1, "Version change: 2.1.0 → 2.2.0"), tuple(5, "Version change: 2.0.0 → 2.1.0"),
                        tuple(9, "Version change: (none) → 2.0.0"));
        assertThat(c.version()).isEqualTo("2.2.0");
        assertThat(c.meta().get("version").orElseThrow().source()).isEqualTo(MetaSource.VERSION_LINE);
        assertThat(c.meta().get("version").orElseThrow().line()).isEqualTo(23);
        assertThat(c.meta().value("ratified")).isEqualTo("2024-12-01");
    }

    @Test
    void otherMemoryDocumentsAreFilesOfTheConstitutionNotNodes() {
        SpecKitFixture repo = SpecKitFixture.read("sync-stacked");
        assertThat(repo.node("constitution").files()).containsExactly(".specify/memory/constitution.md",
                ".specify/memory/architecture.md", ".specify/memory/gates.yaml", ".specify/memory/notes/decisions.md");
        assertThat(repo.nodes()).extracting(Node::path).doesNotContain(".specify/memory/architecture.md");
    }

    @Test
    void domainsAreNodesWithMetadataIdElseFileName() {
        SpecKitFixture repo = SpecKitFixture.read("sync-stacked");
        assertThat(repo.ids()).containsExactly("cart", "constitution", "payments-domain");
        assertThat(repo.node("cart").kind()).isEqualTo(NodeKind.DOMAIN);
        assertThat(repo.node("cart").title()).isEqualTo("Cart domain");
        assertThat(repo.node("payments-domain").path()).isEqualTo(".specify/memory/domains/payments.md");
        assertThat(repo.findings()).isEmpty();
    }

    @Test
    void templatePlaceholdersAreRecordedWithLineAndColumn() {
        SpecKitFixture repo = SpecKitFixture.read("template-only");
        Node c = repo.node("constitution");
        assertThat(c.title()).isEqualTo("[PROJECT_NAME] Constitution");
        assertThat(FullFeatureTest.items(c, SpecKitItem.Type.PLACEHOLDER))
                .extracting(SpecKitItem::id, SpecKitItem::line, SpecKitItem::column)
                .containsExactly(tuple("PROJECT_NAME", 1, 3), tuple("PRINCIPLE_1_NAME", 6, 5),
                        tuple("PRINCIPLE_1_DESCRIPTION", 8, 1), tuple("PRINCIPLE_2_NAME", 10, 5),
                        tuple("PRINCIPLE_2_DESCRIPTION", 11, 1), tuple("GOVERNANCE_RULES", 14, 1),
                        tuple("CONSTITUTION_VERSION", 18, 14), tuple("RATIFICATION_DATE", 18, 53),
                        tuple("LAST_AMENDED_DATE", 18, 93));
        assertThat(FullFeatureTest.items(c, SpecKitItem.Type.PLACEHOLDER).get(1).section())
                .isEqualTo("[PRINCIPLE_1_NAME]");
        assertThat(FullFeatureTest.items(c, SpecKitItem.Type.DEFERRED))
                .extracting(SpecKitItem::id, SpecKitItem::line, SpecKitItem::column)
                .containsExactly(tuple("RATIFICATION_DATE", 16, 23));
    }

    @Test
    void placeholderVersionIsKeptButNotReportedAsABadVersion() {
        SpecKitFixture repo = SpecKitFixture.read("template-only");
        assertThat(repo.node("constitution").version()).isEqualTo("[CONSTITUTION_VERSION]");
        assertThat(repo.findings()).isEmpty();
    }
}
