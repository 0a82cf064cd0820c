package io.specgraph.graph.gate.speckit;

import io.specgraph.model.Content;
import io.specgraph.model.Heading;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The small pieces the SK rules share: requirement references and task phases. */
class SpecKitPartsTest {

    @Test
    void requirementReferencesCompareByNumberAndExpandRanges() {
        assertThat(RequirementRefs.in("(FR-001, FR-2) and FR-010a")).containsExactlyInAnyOrder("FR-1", "FR-2",
                "FR-10a");
        assertThat(RequirementRefs.in("covers FR-003–FR-005")).containsExactlyInAnyOrder("FR-3", "FR-4", "FR-5");
        assertThat(RequirementRefs.in("FR-007..009 and FR-020 to FR-021")).containsExactlyInAnyOrder("FR-7", "FR-8",
                "FR-9", "FR-20", "FR-21");
        assertThat(RequirementRefs.in("NFR-001, XFR-002, FR-0013 typo")).containsExactly("FR-13");
        assertThat(RequirementRefs.in("FR-001..FR-999")).hasSize(201);
        assertThat(RequirementRefs.key("FR-012")).isEqualTo("FR-12");
    }

    @Test
    void phasesAreClassifiedByTheirHeadings() {
        Content c = content("# Tasks", "## Phase 1: Setup (Shared Infrastructure)", "- [ ] T001 a",
                "## Phase 3: User Story 2 - Pay (Priority: P1) 🎯 MVP", "### Tests for User Story 2", "- [ ] T002 b",
                "## Phase 3.2: Tests First (TDD)", "- [ ] T003 c", "## フェーズ 2: 基盤", "- [ ] T004 d",
                "## Phase 4: Polish & Cross-Cutting Concerns", "- [ ] T005 e", "## Dependencies", "- T001 first");
        TaskPhases phases = TaskPhases.of(c);
        assertThat(phases.none()).isFalse();
        assertThat(phases.at(3).kind()).isEqualTo(TaskPhases.Kind.SHARED);
        assertThat(phases.at(6)).extracting(TaskPhases.Phase::kind, TaskPhases.Phase::story)
                .containsExactly(TaskPhases.Kind.STORY, 2);
        assertThat(phases.at(8).kind()).isEqualTo(TaskPhases.Kind.NEUTRAL);
        assertThat(phases.at(10).kind()).isEqualTo(TaskPhases.Kind.SHARED);
        assertThat(phases.at(12).kind()).isEqualTo(TaskPhases.Kind.SHARED);
        assertThat(phases.inScope(14)).isFalse();
        assertThat(TaskPhases.of(content("# Tasks", "- [ ] T001 a")).inScope(2)).isTrue();
    }

    private static Content content(String... lines) {
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            if (l.startsWith("#")) {
                int level = l.indexOf(' ');
                headings.add(new Heading(level, l.substring(level + 1), i + 1, 1));
            }
        }
        return new Content("tasks.md", List.of(lines), headings, new BitSet());
    }
}
