package io.specgraph.graph.gate.adr;

import io.specgraph.model.AdrLink;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Finding;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Each ADR format rule against a fixture that fails it and a log that passes. */
class AdrFormatRulesTest {

    @Test
    void aLogWithMirroredLinksPassesEveryAdrFormatRule() {
        AdrFixture clean = AdrFixture.load("rules/adr/clean");
        assertThat(clean.format()).isEmpty();
        assertThat(clean.workspace().findings()).extracting(Finding::rule).doesNotContain("LG1", "LG4");
        // Not trivially clean: three supersede pairs, written in three spellings, one across folders.
        assertThat(clean.workspace().graph().edges()).filteredOn(e -> e.kind() == EdgeKind.SUPERSEDES)
                .extracting(e -> e.from() + ">" + e.to())
                .containsExactlyInAnyOrder("clean/ADR-3>clean/ADR-1", "clean/ADR-2>clean/ADR-4");
        assertThat(clean.workspace().graph().node("clean/ADR-4").orElseThrow().parts().get(AdrLink.class))
                .extracting(AdrLink::relation).containsExactly(AdrRelation.SUPERSEDED_BY);
    }

    @Test
    void adr3ReportsALinkTheOtherAdrDoesNotMirrorOncePerPair() {
        AdrFixture fx = AdrFixture.load("rules/adr/unmirrored");
        assertThat(fx.format()).extracting(Finding::rule).containsOnly("ADR3");
        assertThat(fx.findings("ADR3")).extracting(Finding::severity, Finding::gate, Finding::repo, Finding::node,
                Finding::path, Finding::line, Finding::column, Finding::message).containsExactly(
                tuple(Severity.WARNING, null, "unmirrored", "ADR-1", "docs/adr/0001-monolith.md", 5, 15,
                        "supersede link not mirrored on the other ADR: ADR-1 says it is superseded by ADR-2, but "
                                + "ADR-2 does not say it supersedes ADR-1"),
                tuple(Severity.WARNING, null, "unmirrored", "ADR-3", "docs/adr/0003-event-bus.md", 3, 13,
                        "supersede link not mirrored on the other ADR: ADR-3 says it supersedes ADR-4, but ADR-4 "
                                + "does not say it is superseded by ADR-3"));
        assertThat(fx.findings("ADR3")).extracting(Finding::hint).containsExactly(
                "add 'Supersedes [ADR-1](0001-monolith.md)' to the status of ADR-2 (docs/adr/0002-split-checkout.md), "
                        + "or correct this link",
                "add 'Superseded by [ADR-3](../0003-event-bus.md)' to the status of ADR-4 "
                        + "(docs/adr/archive/0004-webhooks.md), or correct this link");
    }

    @Test
    void adr4ReportsLinksToUrlsAndToNodesThatAreNotAdrsAsInformation() {
        AdrFixture fx = AdrFixture.load("rules/adr/not-an-adr");
        assertThat(fx.format()).extracting(Finding::rule).containsOnly("ADR4");
        assertThat(fx.findings("ADR4")).extracting(Finding::severity, Finding::node, Finding::path, Finding::line,
                Finding::column, Finding::message).containsExactly(
                tuple(Severity.INFO, "ADR-1", "docs/adr/0001-use-solr.md", 5, 15,
                        "supersede link of ADR-1 points at component-spec 001-new-search, not an ADR"),
                tuple(Severity.INFO, "ADR-2", "docs/adr/0002-use-lucene.md", 5, 15,
                        "supersede link of ADR-2 points outside the workspace: "
                                + "https://github.com/org/search/discussions/42"),
                tuple(Severity.INFO, "ADR-3", "docs/adr/0003-use-elastic.md", 5, 15,
                        "supersede link of ADR-3 points outside the workspace: "
                                + "https://github.com/org/platform/blob/main/docs/adr/0007-opensearch.md"));
        assertThat(fx.workspace().findings()).extracting(Finding::rule).doesNotContain("LG1");
    }

    @Test
    void adr5ReportsASupersededAdrThatNothingNamesAsReplaced() {
        AdrFixture fx = AdrFixture.load("rules/adr/no-successor");
        assertThat(fx.findings("ADR5")).extracting(Finding::severity, Finding::node, Finding::path, Finding::line,
                Finding::column, Finding::message).containsExactly(
                tuple(Severity.WARNING, "ADR-7", "docs/adr/0007-use-soap.md", 2, 9,
                        "ADR-7 is Superseded but names no successor, and no ADR says it supersedes ADR-7"));
        // ADR-5 is named by ADR-6 (no ADR5), but does not mirror it (ADR3); "Partly superseded" is still Approved.
        assertThat(fx.format()).extracting(Finding::rule, Finding::node)
                .containsExactlyInAnyOrder(tuple("ADR5", "ADR-7"), tuple("ADR3", "ADR-6"));
    }
}
