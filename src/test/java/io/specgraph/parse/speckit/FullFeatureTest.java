package io.specgraph.parse.speckit;

import io.specgraph.model.ChecklistItem;
import io.specgraph.model.Layout;
import io.specgraph.model.MetaSource;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.SpecKitStory;
import io.specgraph.model.TaskItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class FullFeatureTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("full-feature");
    private static final String DIR = "specs/003-cart-checkout/";

    @Test
    void detectsSpecKitAndReadsConstitutionFeaturePlanAndTasks() {
        assertThat(REPO.plan().info().layouts()).contains(Layout.SPEC_KIT);
        assertThat(REPO.ids()).containsExactly("003-cart-checkout", "003-cart-checkout/plan", "003-cart-checkout/tasks",
                "constitution");
        assertThat(REPO.findings()).isEmpty();
    }

    @Test
    void neverReadsTemplatesOrContractsAsFeatures() {
        assertThat(REPO.plan().units()).extracting(u -> u.path())
                .containsExactly(".specify/memory/constitution.md", "specs/003-cart-checkout");
    }

    @Test
    void specNodeHasFolderIdTitleAfterLabelAndHeaderMetadata() {
        Node spec = REPO.node("003-cart-checkout");
        assertThat(spec.kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(spec.layout()).isEqualTo(Layout.SPEC_KIT);
        assertThat(spec.path()).isEqualTo(DIR + "spec.md");
        assertThat(spec.title()).isEqualTo("Cart checkout");
        assertThat(spec.status()).isEqualTo("Draft");
        assertThat(spec.meta().value("feature branch")).isEqualTo("003-cart-checkout");
        assertThat(spec.meta().value("created")).isEqualTo("2026-03-02");
        assertThat(spec.meta().get("status").orElseThrow().line()).isEqualTo(7);
        assertThat(REPO.node("003-cart-checkout/plan").title()).isEqualTo("Implementation Plan: Cart checkout");
        assertThat(REPO.node("003-cart-checkout/tasks").title()).isEqualTo("Tasks: Cart checkout");
    }

    @Test
    void everyFileOfTheFolderBelongsToTheFeatureSpecFirst() {
        Node spec = REPO.node("003-cart-checkout");
        assertThat(spec.files().get(0)).isEqualTo(DIR + "spec.md");
        assertThat(spec.files()).contains(DIR + "contracts/client.ts", DIR + "contracts/rules.lisp",
                DIR + "contracts/events.json", DIR + "contracts/payments.openapi.yaml",
                DIR + "contracts/v2/nested/schema.graphql", DIR + "contracts/v2/spec.md", DIR + "research.md",
                DIR + "data-model.md", DIR + "quickstart.md", DIR + "checklists/ux.md").hasSize(15);
    }

    @Test
    void readsRequirementIdsWithLinesOutsideCode() {
        List<SpecKitItem> reqs = items(REPO.node("003-cart-checkout"), SpecKitItem.Type.REQUIREMENT);
        assertThat(reqs).extracting(SpecKitItem::id, SpecKitItem::line, SpecKitItem::column)
                .containsExactly(tuple("FR-001", 44, 5), tuple("FR-002", 45, 5), tuple("FR-003", 46, 5),
                        tuple("NFR-001", 47, 5), tuple("C-001", 48, 5), tuple("SC-001", 67, 5),
                        tuple("SC-002", 68, 5));
        assertThat(reqs.get(0).text()).isEqualTo("System MUST charge the card for the cart total.");
        assertThat(reqs.get(0).section()).isEqualTo("Functional Requirements");
        assertThat(reqs.get(3).prefix()).isEqualTo("NFR");
    }

    @Test
    void readsUserStoriesAndTheirAcceptanceScenarios() {
        Node spec = REPO.node("003-cart-checkout");
        assertThat(spec.parts().get(SpecKitStory.class))
                .extracting(SpecKitStory::number, SpecKitStory::title, SpecKitStory::priority, SpecKitStory::line)
                .containsExactly(tuple(1, "Pay by card", "P1", 13), tuple(2, "Pay by invoice", "P2", 28));
        assertThat(items(spec, SpecKitItem.Type.ACCEPTANCE))
                .extracting(SpecKitItem::line, SpecKitItem::id, SpecKitItem::column)
                .containsExactly(tuple(23, "US1", 4), tuple(24, "US1", 4), tuple(34, "US2", 4));
        assertThat(items(spec, SpecKitItem.Type.ACCEPTANCE).get(0).text())
                .isEqualTo("**Given** a cart with one item, **When** the shopper pays by card, "
                        + "**Then** an order is created");
    }

    @Test
    void readsClarificationMarkersOutsideCodeCommentsAndChecklistMentions() {
        assertThat(items(REPO.node("003-cart-checkout"), SpecKitItem.Type.CLARIFICATION))
                .extracting(SpecKitItem::line, SpecKitItem::column, SpecKitItem::text)
                .containsExactly(tuple(46, 63, "[NEEDS CLARIFICATION: SSO or password?]"),
                        tuple(68, 34, "[NEEDS CLARIFICATION: settled within how many days?]"),
                        tuple(68, 87, "[NEEDS CLARIFICATION]"));
    }

    @Test
    void planCarriesBareAndBracketedClarificationMarkers() {
        assertThat(items(REPO.node("003-cart-checkout/plan"), SpecKitItem.Type.CLARIFICATION))
                .extracting(SpecKitItem::line, SpecKitItem::text)
                .containsExactly(tuple(13, "NEEDS CLARIFICATION"),
                        tuple(15, "[NEEDS CLARIFICATION: peak orders per minute]"));
    }

    @Test
    void tasksComeFromTaskLinesWithIdsMarkersAndDoneState() {
        List<TaskItem> tasks = REPO.node("003-cart-checkout/tasks").parts().get(TaskItem.class);
        assertThat(tasks).extracting(TaskItem::taskId, TaskItem::done, TaskItem::parallel, TaskItem::story,
                        TaskItem::line)
                .containsExactly(tuple("T001", true, false, null, 12), tuple("T002", true, true, null, 13),
                        tuple("T003", false, true, "US1", 17), tuple("T004", false, false, "US1", 18),
                        tuple("T005", false, false, "US1", 19), tuple(null, false, false, null, 20),
                        tuple("T006", false, false, "US2", 24));
        assertThat(REPO.node("003-cart-checkout/tasks").meta().value("attached_to")).isEqualTo("003-cart-checkout");
    }

    @Test
    void checklistItemsFromEveryChecklistFile() {
        assertThat(REPO.node("003-cart-checkout").parts().get(ChecklistItem.class))
                .extracting(ChecklistItem::path, ChecklistItem::line, ChecklistItem::checked)
                .containsExactly(tuple(DIR + "checklists/requirements.md", 8, true),
                        tuple(DIR + "checklists/requirements.md", 9, false),
                        tuple(DIR + "checklists/ux.md", 3, true), tuple(DIR + "checklists/ux.md", 4, false));
    }

    @Test
    void constitutionReadsVersionLineAsMetadata() {
        Node c = REPO.node("constitution");
        assertThat(c.kind()).isEqualTo(NodeKind.CONSTITUTION);
        assertThat(c.title()).isEqualTo("Shopfront Constitution");
        assertThat(c.version()).isEqualTo("1.0.0");
        assertThat(c.meta().value("ratified")).isEqualTo("2026-01-05");
        assertThat(c.meta().value("last amended")).isEqualTo("2026-01-05");
        assertThat(c.meta().get("version").orElseThrow().source()).isEqualTo(MetaSource.VERSION_LINE);
        assertThat(c.meta().get("version").orElseThrow().line()).isEqualTo(14);
        assertThat(c.parts().get(SpecKitItem.class)).isEmpty();
    }

    static List<SpecKitItem> items(Node node, SpecKitItem.Type type) {
        return node.parts().get(SpecKitItem.class).stream().filter(i -> i.type() == type).toList();
    }
}
