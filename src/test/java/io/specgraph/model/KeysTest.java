package io.specgraph.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "status|status",
            "Status|status",
            "Context Pack|context_pack",
            "context-pack|context_pack",
            "__context__pack__|context_pack",
            "contextpack|context_pack",
            "Blocked By|blocked_by",
            "blockedby|blocked_by",
            "type|kind",
            "Depends On|contracts_referenced",
            "contracts|contracts_referenced",
            "superceded_by|superseded_by",
            "MCP Sources|sources",
            "last_rebased_at|last_rebased_at",
            "p95_ms|p95_ms",
            "Ärger|ärger",
            "a__b|a_b",
    })
    void canonicalFormsAndAliases(String raw, String expected) {
        assertThat(Keys.canonical(raw)).isEqualTo(expected);
        assertThat(Keys.canonical(expected)).as("idempotent").isEqualTo(expected);
    }
}
