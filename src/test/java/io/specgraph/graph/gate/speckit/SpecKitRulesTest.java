package io.specgraph.graph.gate.speckit;

import io.specgraph.model.ChecklistItem;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import io.specgraph.model.SpecKitItem;
import io.specgraph.model.TaskItem;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each SK rule against a fixture that fails it and the clean project that passes every one. */
class SpecKitRulesTest {

    @Test
    void aCleanProjectPassesEverySpecKitRule() {
        RuleFixture clean = RuleFixture.load("rules/speckit/clean");
        assertThat(clean.specKit()).isEmpty();
        // Not trivially clean: every rule had something to look at.
        assertThat(clean.node("001-checkout/tasks").parts().get(TaskItem.class)).hasSizeGreaterThan(8);
        assertThat(clean.node("001-checkout").parts().get(ChecklistItem.class)).hasSize(2);
        assertThat(clean.node("001-checkout").parts().get(SpecKitItem.class))
                .filteredOn(i -> i.type() == SpecKitItem.Type.REQUIREMENT).hasSize(6);
        assertThat(clean.node("constitution").parts().get(SpecKitItem.class)).extracting(SpecKitItem::type)
                .contains(SpecKitItem.Type.DEFERRED).doesNotContain(SpecKitItem.Type.PLACEHOLDER);
    }

    @Test
    void sk1ReportsEachMarkerInTheSpecAndTheBarePlanMarker() {
        RuleFixture fx = RuleFixture.load("rules/speckit/sk1-markers");
        assertThat(fx.specKit()).extracting(Finding::rule).containsOnly("SK1");
        assertThat(fx.findings("SK1")).extracting(Finding::severity, Finding::gate, Finding::repo, Finding::node,
                Finding::path, Finding::line, Finding::column, Finding::message).containsExactly(
                tuple(Severity.WARNING, null, "sk1-markers", "002-search/plan", "specs/002-search/plan.md", 6, 14,
                        "unresolved NEEDS CLARIFICATION"),
                tuple(Severity.WARNING, null, "sk1-markers", "002-search", "specs/002-search/spec.md", 10, 50,
                        "unresolved [NEEDS CLARIFICATION: auth method not specified - SSO or password?]"),
                tuple(Severity.WARNING, null, "sk1-markers", "002-search", "specs/002-search/spec.md", 11, 38,
                        "unresolved [NEEDS CLARIFICATION]"));
        assertThat(fx.findings("SK1").get(0).hint()).contains("research.md");
        assertThat(fx.findings("SK1").get(1).hint()).contains("/speckit.clarify");
        // RI2 is a seed-model gate: a plain spec-kit spec (no context pack, no implements) is not judged by it.
        assertThat(fx.findings("RI2")).isEmpty();
    }

    @Test
    void sk2GroupsEachKindOfFormatProblemPerFile() {
        RuleFixture fx = RuleFixture.load("rules/speckit/sk2-task-format");
        assertThat(fx.specKit()).extracting(Finding::rule).containsOnly("SK2");
        List<Finding> sk2 = fx.findings("SK2");
        assertThat(sk2).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.node()).isEqualTo("003-cart/tasks");
            assertThat(f.path()).isEqualTo("specs/003-cart/tasks.md");
        });
        assertThat(sk2).extracting(Finding::line, Finding::message).containsExactly(
                tuple(6, "task line has no checkbox: '- T002 Configure linting in .editorconfig'"),
                tuple(7, "2 tasks in Setup, Foundational or Polish phases have a [USn] label (lines 7 and 31); "
                        + "the first: '- [ ] T003 [US1] Seed data in src/cart/Seed.java'"),
                tuple(8, "task line has no task id: '- [ ] Wire the build in build.gradle'"),
                tuple(13, "task id is not T followed by three digits: "
                        + "'- [ ] T04 Cart repository in src/cart/CartRepository.java'"),
                tuple(14, "task line has no description: '- [ ] T005'"),
                tuple(19, "3 tasks in user story phases have no [USn] label (lines 19, 26 and 27); the first: "
                        + "'- [ ] T007 Add endpoint in src/cart/AddItem.java'"),
                tuple(20, "task is labelled with another story than its phase's: "
                        + "'- [ ] T008 [US2] Item count badge in src/cart/Badge.tsx'"),
                tuple(21, "2 task lines are not written as '- [ ] T001 [P] [US1] description' (lines 21 and 22); "
                        + "the first: '- [ ] T009 [US1] [P] Add item service in src/cart/AddItemService.java'"));
    }

    @Test
    void sk3ReportsTheSecondAndLaterUsesNamingTheFirstLine() {
        RuleFixture fx = RuleFixture.load("rules/speckit/sk3-duplicate-ids");
        assertThat(fx.findings("SK3")).extracting(Finding::severity, Finding::node, Finding::path, Finding::line,
                Finding::column, Finding::message).containsExactly(
                tuple(Severity.WARNING, "004-wishlist/tasks", "specs/004-wishlist/tasks.md", 10, 7,
                        "duplicate task id T001: already used at line 5"),
                tuple(Severity.WARNING, "004-wishlist/tasks", "specs/004-wishlist/tasks.md", 12, 7,
                        "duplicate task id T002: already used at line 6"),
                tuple(Severity.WARNING, "004-wishlist/tasks", "specs/004-wishlist/tasks.md", 18, 7,
                        "duplicate task id T001: already used at line 5"));
        // The template's TXXX is not a duplicate (SK2 says it is no real id); the code block does not count.
        assertThat(fx.specKit()).extracting(Finding::rule, Finding::line)
                .containsExactlyInAnyOrder(tuple("SK3", 10), tuple("SK3", 12), tuple("SK3", 18), tuple("SK2", 16));
    }

    @Test
    void sk4ReportsEachUncoveredRequirementOrOneFindingWhenTasksCiteNone() {
        RuleFixture fx = RuleFixture.load("rules/speckit/sk4-coverage");
        assertThat(fx.specKit()).extracting(Finding::rule).containsOnly("SK4");
        assertThat(fx.findings("SK4")).extracting(Finding::severity, Finding::node, Finding::path, Finding::line,
                Finding::column, Finding::message).containsExactly(
                tuple(Severity.WARNING, "005-cited", "specs/005-cited/spec.md", 11, 5,
                        "FR-003 is not referenced by any task in specs/005-cited/tasks.md"),
                tuple(Severity.WARNING, "005-cited", "specs/005-cited/spec.md", 12, 5,
                        "FR-004 is not referenced by any task in specs/005-cited/tasks.md"),
                tuple(Severity.WARNING, "005-cited", "specs/005-cited/spec.md", 17, 3,
                        "FR-005 is not referenced by any task in specs/005-cited/tasks.md"),
                tuple(Severity.WARNING, "006-uncited", "specs/006-uncited/spec.md", 7, 5,
                        "no task in specs/006-uncited/tasks.md references a functional requirement, so the "
                                + "coverage of FR-001 and FR-002 cannot be traced"));
    }

    @Test
    void sk5ReportsEachChecklistWithUncheckedItems() {
        RuleFixture fx = RuleFixture.load("rules/speckit/sk5-checklists");
        assertThat(fx.specKit()).extracting(Finding::rule).containsOnly("SK5");
        assertThat(fx.findings("SK5")).extracting(Finding::severity, Finding::node, Finding::path, Finding::line,
                Finding::message).containsExactly(
                tuple(Severity.WARNING, "008-shipping", "specs/008-shipping/checklists/requirements.md", 6,
                        "checklist checklists/requirements.md has 2 of 4 items unchecked (lines 6 and 8)"),
                tuple(Severity.WARNING, "008-shipping", "specs/008-shipping/checklists/security.md", 3,
                        "checklist checklists/security.md has 1 of 1 items unchecked (line 3)"));
    }

    @Test
    void sk6ReportsEachPlaceholderButNotQuotedOnesOrDeferredValues() {
        RuleFixture fx = RuleFixture.load("rules/speckit/sk6-placeholders");
        assertThat(fx.specKit()).extracting(Finding::rule).containsOnly("SK6");
        assertThat(fx.findings("SK6")).extracting(Finding::severity, Finding::node, Finding::path, Finding::line,
                Finding::column, Finding::message).containsExactly(
                tuple(Severity.WARNING, "constitution", ".specify/memory/constitution.md", 8, 5,
                        "constitution placeholder [PRINCIPLE_2_NAME] is not filled in"),
                tuple(Severity.WARNING, "constitution", ".specify/memory/constitution.md", 10, 1,
                        "constitution placeholder [PRINCIPLE_2_DESCRIPTION] is not filled in"),
                tuple(Severity.WARNING, "constitution", ".specify/memory/constitution.md", 15, 14,
                        "constitution placeholder [CONSTITUTION_VERSION] is not filled in"));
    }
}
