package io.specgraph.parse.speckit;

import io.specgraph.model.Node;
import io.specgraph.model.SpecKitItem;
import io.specgraph.parse.Features;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlanOnlyTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("plan-only");

    @Test
    void foldersWithOnlyAPlanAreFeaturesReadFromThePlan() {
        assertThat(REPO.ids()).containsExactly("001-only-plan", "002-named-plan", "003-spec-and-named-plan",
                "003-spec-and-named-plan/plan", "004-research-only", "constitution");
        Node onlyPlan = REPO.node("001-only-plan");
        assertThat(onlyPlan.path()).isEqualTo("specs/001-only-plan/plan.md");
        assertThat(onlyPlan.title()).isEqualTo("Import pipeline");
        assertThat(REPO.node("002-named-plan").path()).isEqualTo("specs/002-named-plan/implementation-plan.md");
        assertThat(REPO.node("002-named-plan").title()).isEqualTo("Exports");
    }

    @Test
    void aFolderWithoutSpecIsFindingSk7() {
        assertThat(REPO.findings()).extracting(f -> f.rule(), f -> f.node(), f -> f.path())
                .containsExactly(tuple(Features.NO_SPEC, "001-only-plan", "specs/001-only-plan/plan.md"),
                        tuple(Features.NO_SPEC, "002-named-plan", "specs/002-named-plan/implementation-plan.md"),
                        tuple(Features.NO_SPEC, "004-research-only", "specs/004-research-only/research.md"));
    }

    @Test
    void aPlanUnderAnotherNameIsThePlanAndExplanationIsNot() {
        Node plan = REPO.node("003-spec-and-named-plan/plan");
        assertThat(plan.path()).isEqualTo("specs/003-spec-and-named-plan/PLAN_v2.md");
        assertThat(REPO.node("003-spec-and-named-plan").files())
                .contains("specs/003-spec-and-named-plan/explanation.md");
        assertThat(Features.isPlanName("a/explanation.md")).isFalse();
        assertThat(Features.isPlanName("a/planning-notes.md")).isTrue();
        assertThat(Features.isPlanName("a/PLAT-124-plan.md")).isTrue();
    }

    @Test
    void planOnlyFeatureCarriesTheBarePlanMarker() {
        assertThat(FullFeatureTest.items(REPO.node("001-only-plan"), SpecKitItem.Type.CLARIFICATION))
                .extracting(SpecKitItem::line, SpecKitItem::text)
                .containsExactly(tuple(7, "NEEDS CLARIFICATION"));
    }

    @Test
    void foldersWithoutMarkdownAndPlansOutsideFeatureFoldersAreNotFeatures() {
        assertThat(REPO.plan().units()).extracting(u -> u.path())
                .doesNotContain("specs/005-no-markdown", "docs");
    }
}
