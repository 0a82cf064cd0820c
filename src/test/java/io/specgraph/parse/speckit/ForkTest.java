package io.specgraph.parse.speckit;

import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.SpecKitItem;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.ReadRules;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ForkTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("fork");
    private static final String CART = "cart-checkout-01J9Z3N5QK8W6V2X4Y7T1R0ABC";
    private static final String SEARCH = "search-01J9Z3P0AB12CD34EF56GH78JK";

    @Test
    void readsSlugUlidFoldersUnderAnotherFolderName() {
        assertThat(REPO.ids()).containsExactly(CART, CART + "/plan", CART + "/tasks", "constitution", SEARCH);
        assertThat(REPO.node(CART).path()).isEqualTo("kitty-specs/" + CART + "/spec.md");
    }

    @Test
    void charterStandsInForTheConstitutionAndOtherMemoryDocsAreItsFiles() {
        Node charter = REPO.node("constitution");
        assertThat(charter.kind()).isEqualTo(NodeKind.CONSTITUTION);
        assertThat(charter.path()).isEqualTo(".specify/memory/charter.md");
        assertThat(charter.title()).isEqualTo("Kitty Works Charter");
        assertThat(charter.version()).isEqualTo("0.3.0");
        assertThat(charter.files()).containsExactly(".specify/memory/charter.md", ".specify/memory/agents.md");
    }

    @Test
    void missionTitleIsThePartAfterTheLabel() {
        assertThat(REPO.node(CART).title()).isEqualTo("Cart checkout");
        assertThat(REPO.node(SEARCH).title()).isEqualTo("Search");
    }

    @Test
    void forkHeaderLabelsAreMetadataAndBreakNothing() {
        Node cart = REPO.node(CART);
        assertThat(cart.meta().value("mission")).isEqualTo("software-dev");
        assertThat(cart.meta().value("target branch")).isEqualTo("main");
        assertThat(cart.status()).isEqualTo("In Progress (WP01-WP04 merged)");
        assertThat(REPO.node(SEARCH).status()).isEqualTo("Specified");
    }

    @Test
    void metaJsonKeysAreMetadataRankedAfterTheDocument() {
        Node cart = REPO.node(CART);
        MetaValue friendly = cart.meta().get("friendly_name").orElseThrow();
        assertThat(friendly.value()).isEqualTo("Cart checkout");
        assertThat(friendly.source()).isEqualTo(MetaSource.SIDECAR);
        assertThat(friendly.path()).isEqualTo("kitty-specs/" + CART + "/meta.json");
        assertThat(friendly.line()).isEqualTo(4);
        assertThat(cart.meta().value("created_at")).isEqualTo("2026-05-10T09:30:00Z");
        assertThat(cart.meta().get("status").orElseThrow().source()).isEqualTo(MetaSource.BOLD_LABEL);
        assertThat(cart.meta().get("target_branch").orElseThrow().source()).isEqualTo(MetaSource.BOLD_LABEL);
        assertThat(cart.meta().items("labels")).containsExactly("payments", "checkout");
        assertThat(cart.meta().get("labels").orElseThrow().itemSpans()).hasSize(2);
        assertThat(cart.meta().value("vcs")).isEqualTo("{\"kind\": \"git\", \"worktree\": true}");
    }

    @Test
    void metaJsonValueSpansCoverTheJsonValueText() {
        String path = "kitty-specs/" + CART + "/meta.json";
        var doc = DocumentLoader.load("fork", SpecKitFixture.ROOT.resolve("fork"), path).document();
        MetaValue mission = REPO.node(CART).meta().get("friendly_name").orElseThrow();
        assertThat(doc.textOf(mission.span())).isEqualTo("\"Cart checkout\"");
        MetaValue labels = REPO.node(CART).meta().get("labels").orElseThrow();
        assertThat(doc.textOf(labels.span())).isEqualTo("[\"payments\", \"checkout\"]");
        assertThat(doc.textOf(labels.itemSpans().get(1))).isEqualTo("\"checkout\"");
    }

    @Test
    void implementsInMetaJsonMakesAComponentSpec() {
        assertThat(REPO.node(CART).kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(REPO.node(CART).meta().items("implements")).containsExactly("PLAT-7 v2");
    }

    @Test
    void readsTableRequirementsOfTheFork() {
        assertThat(FullFeatureTest.items(REPO.node(CART), SpecKitItem.Type.REQUIREMENT))
                .extracting(SpecKitItem::id, SpecKitItem::line, SpecKitItem::text)
                .containsExactly(tuple("FR-001", 12, "Shoppers pay by card | P1"),
                        tuple("NFR-001", 13, "Checkout answers within 300 ms | P1"),
                        tuple("C-001", 15, "No card data is stored."));
    }

    @Test
    void brokenMetaJsonIsAFindingOnTheFeatureNotACrash() {
        assertThat(REPO.findings()).extracting(f -> f.rule(), f -> f.node(), f -> f.path())
                .containsExactly(tuple(ReadRules.BAD_YAML, SEARCH, "kitty-specs/" + SEARCH + "/meta.json"));
        assertThat(REPO.node(SEARCH).meta().value("friendly_name")).isNull();
    }

    @Test
    void workPackageFilesBelongToTheFeature() {
        assertThat(REPO.node(CART).files()).contains("kitty-specs/" + CART + "/tasks/WP01-setup.md",
                "kitty-specs/" + CART + "/meta.json");
    }
}
