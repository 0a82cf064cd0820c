package io.specgraph.graph;

import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LifecycleTest {

    private final Lifecycle lifecycle = new Lifecycle();

    @ParameterizedTest(name = "ADR status ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Accepted|APPROVED", "accepted|APPROVED", "Implemented|APPROVED", "Proposed.|PROPOSED",
            "Pending|PROPOSED", "Approved|APPROVED", "In Review.|IN_REVIEW", "Declined|REJECTED",
            "Reverted|DEPRECATED", "Rejected in favour of ADR 111|REJECTED", "Accepted ([#1484])|APPROVED",
            "✅ Accepted|APPROVED", "🤔 Proposed|PROPOSED", "❌ Rejected (see [019](019-x.md))|REJECTED",
            "⌛️ Superseded by [036. Title](036-x.md)|SUPERSEDED", "Partly superseded|APPROVED",
            "superseded by ADR-0123|SUPERSEDED", "Superceded by [3. T](0003-t.md)|SUPERSEDED",
            "Deprecated|DEPRECATED", "under review|IN_REVIEW", "decided|APPROVED", "draft|PROPOSED",
            "**Accepted**|APPROVED"})
    void mapsAdrStatusWords(String raw, LifecycleState expected) {
        assertThat(lifecycle.map(NodeKind.ADR, raw)).contains(expected);
    }

    @ParameterizedTest(name = "spec status ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
            "Draft|DRAFT", "draft|DRAFT", "Complete|DONE", "Specified|DRAFT",
            "Draft — clarified 2026-07-18, ready for planning|DRAFT", "In Progress (WP01-WP04 done)|IMPLEMENTING",
            "**Approved** ✅|APPROVED", "Implementing|IMPLEMENTING", "Paused|PAUSED", "Blocked|BLOCKED",
            "Planned|PLANNED", "Discovery|DISCOVERY", "Done|DONE", "on hold|PAUSED"})
    void mapsSpecStatusWords(String raw, LifecycleState expected) {
        assertThat(lifecycle.map(NodeKind.COMPONENT_SPEC, raw)).contains(expected);
    }

    @Test
    void unknownWordsMapToNothing() {
        assertThat(lifecycle.map(NodeKind.ADR, "on hold")).isEmpty();
        assertThat(lifecycle.map(NodeKind.PLATFORM_SPEC, "🚀")).isEmpty();
        assertThat(lifecycle.map(NodeKind.PLATFORM_SPEC, "whatever")).isEmpty();
        assertThat(lifecycle.map(NodeKind.DOMAIN, "Draft")).isEmpty();
    }

    @Test
    void policyWordsExtendTheMapping() {
        Lifecycle custom = new Lifecycle(Map.of("Ready for dev", LifecycleState.APPROVED), Map.of());
        assertThat(custom.map(NodeKind.PLATFORM_SPEC, "ready for dev")).contains(LifecycleState.APPROVED);
    }

    /** The full spec machine (gates.md §3): every pair of states, legal or not. */
    @ParameterizedTest(name = "spec from {0}")
    @EnumSource(value = LifecycleState.class, names = {"PLANNED", "DISCOVERY", "DRAFT", "APPROVED", "IMPLEMENTING",
            "DONE", "PAUSED", "BLOCKED"})
    void specTransitionsAreExactlyTheDocumentedOnes(LifecycleState from) {
        Map<LifecycleState, Set<LifecycleState>> legal = Map.of(
                LifecycleState.PLANNED, EnumSet.of(LifecycleState.DISCOVERY, LifecycleState.DRAFT, LifecycleState.PAUSED),
                LifecycleState.DISCOVERY, EnumSet.of(LifecycleState.DRAFT, LifecycleState.PLANNED, LifecycleState.PAUSED),
                LifecycleState.DRAFT, EnumSet.of(LifecycleState.APPROVED, LifecycleState.DISCOVERY, LifecycleState.PAUSED),
                LifecycleState.APPROVED, EnumSet.of(LifecycleState.IMPLEMENTING, LifecycleState.BLOCKED,
                        LifecycleState.DRAFT, LifecycleState.PAUSED),
                LifecycleState.IMPLEMENTING, EnumSet.of(LifecycleState.DONE, LifecycleState.BLOCKED, LifecycleState.PAUSED),
                LifecycleState.DONE, EnumSet.noneOf(LifecycleState.class),
                LifecycleState.PAUSED, EnumSet.of(LifecycleState.APPROVED, LifecycleState.DRAFT, LifecycleState.DISCOVERY,
                        LifecycleState.PLANNED),
                LifecycleState.BLOCKED, EnumSet.of(LifecycleState.APPROVED, LifecycleState.PAUSED));
        for (LifecycleState to : lifecycle.states(NodeKind.COMPONENT_SPEC)) {
            boolean expected = to == from || legal.get(from).contains(to);
            assertThat(lifecycle.allows(NodeKind.COMPONENT_SPEC, from, to)).as(from + " → " + to).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "ADR from {0}")
    @EnumSource(value = LifecycleState.class, names = {"PROPOSED", "IN_REVIEW", "APPROVED", "REJECTED", "SUPERSEDED",
            "DEPRECATED"})
    void adrTransitionsAreExactlyTheDocumentedOnes(LifecycleState from) {
        Map<LifecycleState, Set<LifecycleState>> legal = Map.of(
                LifecycleState.PROPOSED, EnumSet.of(LifecycleState.IN_REVIEW),
                LifecycleState.IN_REVIEW, EnumSet.of(LifecycleState.APPROVED, LifecycleState.REJECTED,
                        LifecycleState.PROPOSED),
                LifecycleState.APPROVED, EnumSet.of(LifecycleState.SUPERSEDED, LifecycleState.DEPRECATED),
                LifecycleState.REJECTED, EnumSet.noneOf(LifecycleState.class),
                LifecycleState.SUPERSEDED, EnumSet.noneOf(LifecycleState.class),
                LifecycleState.DEPRECATED, EnumSet.noneOf(LifecycleState.class));
        for (LifecycleState to : lifecycle.states(NodeKind.ADR)) {
            boolean expected = to == from || legal.get(from).contains(to);
            assertThat(lifecycle.allows(NodeKind.ADR, from, to)).as(from + " → " + to).isEqualTo(expected);
        }
    }

    @Test
    void anUnknownStartingStateMayMoveAnywhere() {
        assertThat(lifecycle.allows(NodeKind.PLATFORM_SPEC, null, LifecycleState.DONE)).isTrue();
    }
}
