package io.specgraph.parse.adr;

import io.specgraph.model.Node;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AdrTitlesTest {

    @Test
    void readsEveryTitleFormWithoutItsNumber() {
        AdrRepo repo = AdrRepo.read("titles");
        Map<String, String> titles = repo.adrs().stream().collect(Collectors.toMap(Node::id, Node::title));
        assertThat(titles).containsOnly(
                entry("ADR-1", "Dot number title"),
                entry("ADR-2", "Colon number title"),
                entry("ADR-4", "Front matter title only"),
                entry("ADR-5", "Jekyll page title"),
                entry("ADR-6", "No title anywhere"),
                entry("ADR-7", "Dash separated title"),
                entry("ADR-8", "2024 roadmap decisions"),
                entry("ADR-9", "LDAP for Multitenant Integration"));
    }

    @Test
    void keepsJekyllFrontMatterAsMetadata() {
        Node jekyll = AdrRepo.read("titles").id("ADR-5");
        assertThat(jekyll.meta().value("parent")).isEqualTo("Decisions");
        assertThat(jekyll.meta().value("nav_order")).isEqualTo("5");
        assertThat(jekyll.meta().value("title")).isEqualTo("5. Jekyll page title");
        assertThat(jekyll.status()).isEqualTo("Accepted");
    }

    @Test
    void stripsNumberPrefixes() {
        assertThat(AdrTitles.strip("1. Record architecture decisions")).isEqualTo("Record architecture decisions");
        assertThat(AdrTitles.strip("0001: Use X")).isEqualTo("Use X");
        assertThat(AdrTitles.strip("ADR 9: LDAP for Multitenant Integration"))
                .isEqualTo("LDAP for Multitenant Integration");
        assertThat(AdrTitles.strip("ADR-0009 - Use Y")).isEqualTo("Use Y");
        assertThat(AdrTitles.strip("ADR-101: Event bus")).isEqualTo("Event bus");
        assertThat(AdrTitles.strip("ADR-0003 Use Z")).isEqualTo("Use Z");
        assertThat(AdrTitles.strip("[ADR-12] Use W")).isEqualTo("Use W");
        assertThat(AdrTitles.strip("12) Use V")).isEqualTo("Use V");
        assertThat(AdrTitles.strip("12 - Use U")).isEqualTo("Use U");
        assertThat(AdrTitles.strip("MADR 2 bullets")).isEqualTo("MADR 2 bullets");
        assertThat(AdrTitles.strip("3.x migration")).isEqualTo("3.x migration");
        assertThat(AdrTitles.strip("2024 roadmap")).isEqualTo("2024 roadmap");
        assertThat(AdrTitles.strip("ADR process")).isEqualTo("ADR process");
        assertThat(AdrTitles.fromSlug("use-postgres_now")).isEqualTo("Use postgres now");
        assertThat(AdrTitles.fromSlug("")).isNull();
    }
}
