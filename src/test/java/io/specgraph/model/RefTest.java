package io.specgraph.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RefTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "PLAT-124|-|PLAT-124|-|-",
            "PLAT-124 v1|-|PLAT-124|v1|-",
            "PLAT-124@v1|-|PLAT-124|v1|-",
            "CONTRACT-10@1.2.0|-|CONTRACT-10|1.2.0|-",
            "cart:SPEC-CART-01 v2|cart|SPEC-CART-01|v2|-",
            "cp-checkout v2|-|cp-checkout|v2|-",
            "CONTRACT-10 v2 (breaking; consumers cart, payments)|-|CONTRACT-10|v2|-",
            "[ADR-100](../adr/ADR-100-payment-provider.md)|-|ADR-100|-|../adr/ADR-100-payment-provider.md",
            "[3. Third record](0003-third.md)|-|-|-|0003-third.md",
            "Superceded by [3. T](0003-t.md)|-|-|-|0003-t.md",
            "[Use Kafka for events](0012-use-kafka.md)|-|-|-|0012-use-kafka.md",
            "[PLAT-1 v2](../platform-specs/PLAT-1.md)|-|PLAT-1|v2|../platform-specs/PLAT-1.md",
            "ADR 16|-|ADR-16|-|-",
            "ADR-0020|-|ADR-0020|-|-",
            "SPEC-1 2|-|SPEC-1|-|-",
            "https://example.com/adr/5|-|-|-|https://example.com/adr/5"})
    void parsesEveryReferenceForm(String text, String repo, String id, String version, String link) {
        Ref r = Ref.parse(text, "a.md", Span.NONE);
        assertThat(r.repo()).isEqualTo(repo);
        assertThat(r.id()).isEqualTo(id);
        assertThat(r.version() == null ? null : r.version().raw()).isEqualTo(version);
        assertThat(r.link()).isEqualTo(link);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"v2,2", "2,2.0.0", "v1.2,1.2.0", "V3,v3.0"})
    void versionsCompareByNumbers(String a, String b) {
        assertThat(Version.parse(a).sameAs(Version.parse(b))).isTrue();
        assertThat(Version.parse("v2").compareTo(Version.parse("v10"))).isNegative();
    }
}
