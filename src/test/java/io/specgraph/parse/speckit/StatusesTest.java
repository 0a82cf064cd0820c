package io.specgraph.parse.speckit;

import io.specgraph.model.MetaSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusesTest {

    private static final SpecKitFixture REPO = SpecKitFixture.read("statuses");

    @Test
    void keepsEveryStatusSpellingAsWritten() {
        assertThat(REPO.node("001-complete").status()).isEqualTo("Complete");
        assertThat(REPO.node("002-specified").status()).isEqualTo("Specified");
        assertThat(REPO.node("003-clarified").status())
                .isEqualTo("Draft — clarified 2026-07-18, ready for /speckit.plan");
        assertThat(REPO.node("004-in-progress").status()).isEqualTo("In Progress (WP01-WP04 done, WP05 in review)");
        assertThat(REPO.node("005-lowercase").status()).isEqualTo("draft");
        assertThat(REPO.node("006-emoji").status()).isEqualTo("✅ **Implemented** (shipped in 2.3)");
        assertThat(REPO.node("007-no-status").status()).isNull();
        assertThat(REPO.findings()).isEmpty();
    }

    @Test
    void statusValueSpanPointsAtTheTextForEditing() {
        var status = REPO.node("003-clarified").meta().get("status").orElseThrow();
        assertThat(status.source()).isEqualTo(MetaSource.BOLD_LABEL);
        assertThat(status.line()).isEqualTo(7);
        assertThat(status.column()).isEqualTo(13);
        assertThat(status.span().length()).isEqualTo("Draft — clarified 2026-07-18, ready for /speckit.plan".length());
    }
}
