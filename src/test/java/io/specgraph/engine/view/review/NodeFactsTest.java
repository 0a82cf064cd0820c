package io.specgraph.engine.view.review;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NodeFactsTest {

    @Test
    void ordersIdsByTheirNumbersNotTheirCharacters() {
        List<String> ids = new ArrayList<>(List.of("ADR-100", "adr-7", "ADR-98", "SPEC-CART-10", "SPEC-CART-2",
                "ADR-0099", "SPEC-CART-2b", "cp-checkout@v10", "cp-checkout@v9"));
        ids.sort(NodeFacts.NATURAL);
        assertThat(ids).containsExactly("adr-7", "ADR-98", "ADR-0099", "ADR-100", "cp-checkout@v9",
                "cp-checkout@v10", "SPEC-CART-2", "SPEC-CART-2b", "SPEC-CART-10");
    }

    @Test
    void countsAgeInWholeDaysAndNeverBelowZero() {
        assertThat(NodeFacts.ageDays(LocalDate.of(2026, 2, 6), LocalDate.of(2026, 3, 1))).isEqualTo(23);
        assertThat(NodeFacts.ageDays(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 1))).isZero();
        assertThat(NodeFacts.ageDays(null, LocalDate.of(2026, 3, 1))).isNull();
    }
}
