package io.specgraph.parse.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.SpecKitStory;
import io.specgraph.parse.Document;
import io.specgraph.parse.MarkdownScan;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SpecPartsTest {

    private static Content content(String text) {
        return MarkdownScan.scan(Document.ofText("spec.md", text)).content();
    }

    @Test
    void readsRequirementSpellingVariants() {
        Content c = content("- **FR-001:** colon inside bold\n* FR-002: plain bullet\n- **SC-010** no colon\n"
                + "Prose mentioning FR-003 is not a definition.\n- [ ] T001 implements FR-004\n");
        assertThat(SpecParts.requirements(c)).extracting(SpecKitItem::id, SpecKitItem::text)
                .containsExactly(tuple("FR-001", "colon inside bold"), tuple("FR-002", "plain bullet"),
                        tuple("SC-010", "no colon"));
    }

    @Test
    void readsStoriesWithAndWithoutPriority() {
        Content c = content("## User Scenarios\n\n### User Story 3 – Export (Priority: P3) 🎯 MVP\n\n"
                + "### User Story 4: Import\n\n### Primary User Story\n");
        assertThat(SpecParts.stories(c)).extracting(SpecKitStory::number, SpecKitStory::title,
                SpecKitStory::priority, SpecKitStory::label)
                .containsExactly(tuple(3, "Export", "P3", "US3"), tuple(4, "Import", null, "US4"));
    }

    @Test
    void acceptanceScenariosInAnyCaseAndOutsideStoriesHaveNoStoryId() {
        Content c = content("### Acceptance Scenarios\n\n1. Given x, when y, then z\n- WHEN a THEN b\n"
                + "2. When nothing follows\n- [ ] Given a checkbox, When it is a task, Then skip it\n");
        assertThat(SpecParts.acceptance(c, SpecParts.stories(c))).extracting(SpecKitItem::line, SpecKitItem::id)
                .containsExactly(tuple(3, null), tuple(4, null));
    }

    @Test
    void unclosedMarkerRunsToTheEndOfTheLine() {
        Content c = content("- **FR-001**: [NEEDS CLARIFICATION: which provider\n");
        assertThat(SpecParts.clarifications(c, false)).extracting(SpecKitItem::column, SpecKitItem::text)
                .containsExactly(tuple(15, "[NEEDS CLARIFICATION: which provider"));
    }

    @Test
    void featureTitleDropsOnlyTemplateLabels() {
        assertThat(FeatureReader.featureTitle("Feature Specification: Cart")).isEqualTo("Cart");
        assertThat(FeatureReader.featureTitle("Mission Specification: Cart: phase 2")).isEqualTo("Cart: phase 2");
        assertThat(FeatureReader.featureTitle("機能仕様: カート")).isEqualTo("カート");
        assertThat(FeatureReader.featureTitle("功能规格说明：图书搜索")).isEqualTo("图书搜索");
        assertThat(FeatureReader.featureTitle("API: Billing")).isEqualTo("API: Billing");
        assertThat(FeatureReader.featureTitle("Guest checkout")).isEqualTo("Guest checkout");
    }
}
