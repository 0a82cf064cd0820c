package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Corners of OpenSpec's parsers (each checked against openspec 1.13.2). */
class ParserEdgeCasesTest {

    private static OpenSpecSpec spec(String text) {
        return SpecParser.parse(text, false, "openspec/specs/x/spec.md", "x");
    }

    @Test
    void javascriptWhitespaceAndWordBoundaries() {
        assertThat(JsText.trim("\u00a0 x \ufeff")).isEqualTo("x");
        assertThat(JsText.containsShallOrMust("The system SHALL")).isTrue();
        assertThat(JsText.containsShallOrMust("éSHALL")).isTrue();
        assertThat(JsText.containsShallOrMust("SHALLOW")).isFalse();
        assertThat(JsText.containsShallOrMust("shall")).isFalse();
        assertThat(JsText.lines("a\n")).containsExactly("a", "");
        assertThat(JsText.normalize("\ufeffa\r\nb\rc")).isEqualTo("a\nb\nc");
    }

    @Test
    void fenceClosesOnlyOnTheSameMarkerAtLeastAsLong() {
        assertThat(JsText.fenceMask(List.of("````", "```", "x", "````", "y")).stream().toArray())
                .containsExactly(0, 1, 2, 3);
        assertThat(JsText.fenceMask(List.of("~~~", "```", "~~~", "z")).stream().toArray()).containsExactly(0, 1, 2);
    }

    @Test
    void purposeAndRequirementsAreFoundAtAnyLevelAndCase() {
        OpenSpecSpec s = spec("# T\n### purpose\nLong enough purpose text for the capability under test here.\n"
                + "# REQUIREMENTS\n## Requirement: A\n**ID**: R-1\n**Priority**: high\n### Scenario: s\nbody\n");
        assertThat(s.purposeLine()).isEqualTo(2);
        assertThat(s.requirementsLine()).isEqualTo(4);
        assertThat(s.requirements().get(0).text()).isEqualTo("**ID**: R-1\n**Priority**: high");
        assertThat(s.requirements().get(0).scenarios()).hasSize(1);
        assertThat(s.blocks()).isEmpty();
    }

    @Test
    void aHashWithTwoSpacesIsAnEmptyHeading() {
        OpenSpecSpec s = spec("## Purpose\nPurpose text long enough to be a purpose of a capability.\n## Requirements\n"
                + "###  \nThe system SHALL x.\n");
        assertThat(s.requirements()).hasSize(1);
        assertThat(s.requirements().get(0).title()).isEmpty();
        assertThat(s.requirements().get(0).text()).isEqualTo("The system SHALL x.");
    }

    @Test
    void repeatedDeltaSectionsAllCountAndSkippedHeadingsUseTheFirstSpelling() {
        OpenSpecDelta d = DeltaParser.parse("## Added Requirements\n### Requirement: A\nThe system SHALL a.\n"
                + "## ADDED Requirements\n### Notes\n### Requirement: B\nThe system SHALL b.\n"
                + "## REMOVED Requirements\n+ ### Requirement: C\n", "p", "x/spec.md", "x",
                OpenSpecDelta.DeltaFile.CAPABILITY_SPEC);
        assertThat(d.added()).extracting(b -> b.name()).containsExactly("A", "B");
        assertThat(d.skippedHeaders()).extracting(e -> e.section() + "@" + e.line())
                .containsExactly("Added Requirements@5");
        assertThat(d.sectionTitle("ADDED")).isEqualTo("Added Requirements");
        assertThat(d.removed()).extracting(e -> e.name()).containsExactly("C");
        assertThat(DeltaParser.hasDeltaSections("```\n## ADDED Requirements\n```\n")).isFalse();
    }

    @Test
    void requirementNamesDropClosingHashesOnlyAfterSpaceOrTab() {
        assertThat(RequirementText.normalizeName("Foo ###  ")).isEqualTo("Foo");
        assertThat(RequirementText.normalizeName("C#")).isEqualTo("C#");
        assertThat(RequirementText.scenarioName("Scenario:   Happy path ##")).isEqualTo("Happy path");
        assertThat(RequirementText.foldName("Delete  Account")).isEqualTo("delete account");
    }
}
