package io.specgraph.engine.view.review;

import io.specgraph.engine.view.Health;
import io.specgraph.model.Gate;
import io.specgraph.testkit.GoldenRepos;
import io.specgraph.testkit.TestRepos;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The ADR board of the demo (every ADR in its column) and of small workspaces (chains, scope, unknown states). */
class AdrBoardTest {

    private static AdrBoard demo;

    @TempDir
    Path tmp;

    @BeforeAll
    static void load() {
        demo = AdrBoard.of(FxDemo.workspace());
    }

    private static List<String> keys(List<AdrCard> cards) {
        return cards.stream().map(AdrCard::key).toList();
    }

    @Test
    void putsEveryDemoAdrInTheColumnOfItsState() {
        assertThat(keys(demo.column(AdrColumn.PROPOSED))).containsExactly("platform/ADR-100");
        assertThat(keys(demo.column(AdrColumn.IN_REVIEW))).containsExactly("platform/ADR-103");
        assertThat(keys(demo.column(AdrColumn.APPROVED))).containsExactly("platform/ADR-101", "platform/ADR-102",
                "cart/ADR-1", "payments/ADR-1", "shipping/ADR-1", "shipping/ADR-2", "shipping/ADR-3");
        assertThat(keys(demo.column(AdrColumn.REJECTED))).containsExactly("platform/ADR-104");
        assertThat(keys(demo.column(AdrColumn.SUPERSEDED))).containsExactly("platform/ADR-98");
        assertThat(keys(demo.column(AdrColumn.DEPRECATED))).containsExactly("cart/ADR-2");
        assertThat(demo.column(AdrColumn.UNKNOWN)).isEmpty();
        assertThat(demo.columns()).hasSize(AdrColumn.values().length);
        assertThat(demo.size()).isEqualTo(12);
    }

    @Test
    void aCardShowsWhatTheAdrBlocksAndGovernsWithGateHealth() {
        AdrCard adr100 = demo.card("platform/ADR-100").orElseThrow();
        assertThat(adr100.global()).isTrue();
        assertThat(adr100.owner()).isEqualTo("S. Lindqvist (payments), J. Abebe (platform architecture), CFO office");
        assertThat(adr100.date()).isEqualTo(LocalDate.of(2026, 2, 6));
        assertThat(adr100.blocks()).singleElement().satisfies(s -> {
            assertThat(s.key()).isEqualTo("payments/SPEC-PAY-02");
            assertThat(s.health().level()).isEqualTo(Health.Level.FAIL);
            assertThat(s.health().failingGates()).containsExactly(Gate.READY_TO_IMPLEMENT);
        });
        assertThat(adr100.governs()).extracting(LinkedSpec::key).containsExactly("platform/PLAT-124");
        assertThat(adr100.governs().get(0).health().level()).isEqualTo(Health.Level.OK);
        assertThat(adr100.hasFailingSpecs()).isTrue();
        assertThat(demo.card("cart/ADR-1").orElseThrow().global()).isFalse();
    }

    @Test
    void aCardShowsItsSupersessionChainOldestFirst() {
        AdrCard adr98 = demo.card("platform/ADR-98").orElseThrow();
        assertThat(adr98.supersededBy()).extracting(AdrRef::key).containsExactly("platform/ADR-102");
        assertThat(adr98.chainText()).isEqualTo("ADR-98 → ADR-102");
        AdrCard adr102 = demo.card("platform/ADR-102").orElseThrow();
        assertThat(adr102.supersedes()).extracting(AdrRef::column).containsExactly(AdrColumn.SUPERSEDED);
        assertThat(adr102.chainText()).isEqualTo("ADR-98 → ADR-102");
        AdrCard ship2 = demo.card("shipping/ADR-2").orElseThrow();
        assertThat(ship2.chainCycle()).isTrue();
        assertThat(ship2.chainText()).isEqualTo("ADR-3 → ADR-2 ↺");
        assertThat(ship2.health().errors()).isEqualTo(1);
        assertThat(demo.card("platform/ADR-101").orElseThrow().chainText()).isEmpty();
    }

    @Test
    void filtersGlobalLocalAndByRepo() {
        assertThat(demo.filter(AdrScope.GLOBAL, null).cards()).hasSize(6).allMatch(AdrCard::global);
        assertThat(demo.filter(AdrScope.LOCAL, null).cards()).hasSize(6).noneMatch(AdrCard::global);
        assertThat(keys(demo.filter(AdrScope.ALL, "shipping").cards()))
                .containsExactly("shipping/ADR-1", "shipping/ADR-2", "shipping/ADR-3");
        assertThat(demo.filter(AdrScope.GLOBAL, "shipping").cards()).isEmpty();
        assertThat(demo.filter(AdrScope.ALL, "").size()).isEqualTo(12);
    }

    @Test
    void aLongerChainAndAnUnknownStatusOnHandMadeRepos() {
        TestRepos repos = GoldenRepos.write(new TestRepos(tmp))
                .file("platform/adr/0001-a.md", "# 1. A\n\n## Status\n\nSuperseded by [2. B](0002-b.md)\n\n## Context\n\nC.\n")
                .file("platform/adr/0002-b.md", "# 2. B\n\n## Status\n\nSuperseded by [3. C](0003-c.md)\n\n"
                        + "Supersedes [1. A](0001-a.md)\n\n## Context\n\nC.\n")
                .file("platform/adr/0003-c.md", "# 3. C\n\n## Status\n\nAccepted\n\nSupersedes [2. B](0002-b.md)\n\n"
                        + "## Context\n\nC.\n")
                .file("platform/adr/0004-d.md", "# 4. D\n\n## Status\n\nMulling it over\n\n## Context\n\nC.\n");
        AdrBoard board = AdrBoard.of(repos.load());
        assertThat(board.card("platform/ADR-2").orElseThrow().chainText()).isEqualTo("ADR-1 → ADR-2 → ADR-3");
        assertThat(board.card("platform/ADR-1").orElseThrow().chainText()).isEqualTo("ADR-1 → ADR-2 → ADR-3");
        assertThat(keys(board.column(AdrColumn.SUPERSEDED))).containsExactly("platform/ADR-1", "platform/ADR-2");
        assertThat(keys(board.column(AdrColumn.UNKNOWN))).containsExactly("platform/ADR-4");
        assertThat(board.card("platform/ADR-4").orElseThrow().status()).isEqualTo("Mulling it over");
    }
}
