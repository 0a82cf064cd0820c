package io.specgraph.parse.adr;

import io.specgraph.model.AdrStyle;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AdrFormatsTest {

    @Test
    void readsAdrToolsOutputAndSkipsItsTemplateAndToc() {
        AdrRepo repo = AdrRepo.read("adr-tools");
        assertThat(repo.adrs()).extracting(Node::path).containsExactly(
                "doc/adr/0001-record-architecture-decisions.md", "doc/adr/0002-first-record.md",
                "doc/adr/0003-second-record.md", "doc/adr/0004-third-record.md");
        Node first = repo.id("ADR-1");
        assertThat(first.kind()).isEqualTo(NodeKind.ADR);
        assertThat(first.title()).isEqualTo("Record architecture decisions");
        assertThat(first.status()).isEqualTo("Accepted");
        assertThat(AdrRepo.info(first).style()).isEqualTo(AdrStyle.ADR_TOOLS);
        assertThat(repo.findings).isEmpty();
    }

    @Test
    void readsNygardSections() {
        Node ldap = AdrRepo.read("nygard").id("ADR-9");
        assertThat(ldap.title()).isEqualTo("LDAP for Multitenant Integration");
        assertThat(ldap.status()).isEqualTo("proposed");
        assertThat(AdrRepo.meta(ldap, Keys.STATUS).line()).isEqualTo(13);
        assertThat(AdrRepo.info(ldap).style()).isEqualTo(AdrStyle.NYGARD);
        assertThat(ldap.content().headings()).extracting(h -> h.text())
                .containsExactly("ADR 9: LDAP for Multitenant Integration", "Context", "Decision", "Status",
                        "Consequences");
    }

    @Test
    void readsMadr2WithStatusBulletsAndSkipsItsTemplate() {
        AdrRepo repo = AdrRepo.read("madr2");
        assertThat(repo.adrIds()).containsExactly("ADR-0", "ADR-1");
        Node crlf = repo.id("ADR-1");
        assertThat(crlf.status()).isEqualTo("proposed");
        assertThat(AdrRepo.meta(crlf, Keys.STATUS).source()).isEqualTo(MetaSource.BULLET);
        assertThat(crlf.meta().value("deciders")).isEqualTo("Ann");
        assertThat(crlf.meta().value(Keys.DATE)).isEqualTo("2018-01-02");
        assertThat(crlf.meta().value("technical_story")).isEqualTo("https://example.org/issues/1");
        assertThat(AdrRepo.info(crlf).style()).isEqualTo(AdrStyle.MADR);
        assertThat(AdrRepo.links(crlf)).isEmpty();
        assertThat(repo.findings).isEmpty();
    }

    @Test
    void readsMadr3FrontMatter() {
        Node junit = AdrRepo.read("madr3").id("ADR-1");
        assertThat(junit.title()).isEqualTo("Use plain JUnit5 for advanced test assertions");
        assertThat(junit.status()).isEqualTo("accepted");
        assertThat(junit.meta().items("deciders")).containsExactly("Ann", "Bob");
        assertThat(junit.meta().value("consulted")).isEqualTo("Carol");
        assertThat(AdrRepo.info(junit).style()).isEqualTo(AdrStyle.MADR);
        assertThat(AdrRepo.read("madr3").adrs()).hasSize(1);
    }

    @Test
    void readsMadr4FrontMatterAndSkipsEveryTemplateVariantAndTheIndex() {
        AdrRepo repo = AdrRepo.read("madr4");
        assertThat(repo.adrs()).extracting(Node::path).containsExactly(
                "docs/decisions/0000-use-markdown-architectural-decision-records.md",
                "docs/decisions/0001-use-picocli.md", "docs/decisions/0002-no-status-metadata.md");
        Node picocli = repo.id("ADR-1");
        assertThat(picocli.status()).isEqualTo("proposed");
        assertThat(AdrRepo.meta(picocli, Keys.STATUS).line()).isEqualTo(3);
        assertThat(picocli.meta().items("decision_makers")).containsExactly("Ann", "Bob");
        assertThat(repo.id("ADR-0").title()).isEqualTo("Use Markdown Architectural Decision Records");
        assertThat(repo.findings).extracting(f -> f.rule()).containsExactly(AdrRules.MISSING_STATUS);
    }
}
