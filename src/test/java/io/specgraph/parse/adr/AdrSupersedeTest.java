package io.specgraph.parse.adr;

import io.specgraph.model.AdrLink;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AdrSupersedeTest {

    private static final AdrRepo SUPERSEDE = AdrRepo.read("supersede");

    private static AdrLink only(String id) {
        List<AdrLink> links = AdrRepo.links(SUPERSEDE.id(id));
        assertThat(links).hasSize(1);
        return links.get(0);
    }

    @Test
    void readsSupersededByWithAnAdrIdLabel() {
        Node old = SUPERSEDE.id("ADR-1");
        MetaValue by = AdrRepo.meta(old, Keys.SUPERSEDED_BY);
        assertThat(by.items()).containsExactly("[ADR-0020](./0020-new-logging.md)");
        assertThat(by.source()).isEqualTo(MetaSource.STATUS_SECTION);
        assertThat(by.rawKey()).isEqualTo("Superseded by");
        assertThat(by.line()).isEqualTo(5);
        assertThat(by.column()).isEqualTo(15);
        assertThat(AdrRepo.spanText(old, by)).isEqualTo("[ADR-0020](./0020-new-logging.md)");
        AdrLink link = only("ADR-1");
        assertThat(link.relation()).isEqualTo(AdrRelation.SUPERSEDED_BY);
        assertThat(link.targetId()).isEqualTo("ADR-20");
        assertThat(link.targetPath()).isEqualTo("docs/adr/0020-new-logging.md");
        assertThat(link.linkLabel()).isEqualTo("ADR-0020");
        assertThat(link.line()).isEqualTo(5);
    }

    @Test
    void readsTheAdrToolsMisspellingsOnBothSides() {
        AdrLink by = only("ADR-2");
        assertThat(by.label()).isEqualTo("Superceded by");
        assertThat(by.relation()).isEqualTo(AdrRelation.SUPERSEDED_BY);
        assertThat(by.text()).isEqualTo("[3. T](0003-t.md)");
        assertThat(by.targetId()).isEqualTo("ADR-3");
        Node t = SUPERSEDE.id("ADR-3");
        assertThat(t.status()).isEqualTo("Accepted");
        assertThat(AdrRepo.meta(t, Keys.SUPERSEDES).rawKey()).isEqualTo("Supercedes");
        assertThat(t.meta().items(Keys.SUPERSEDES)).containsExactly("[2. First](0002-first.md)");
        assertThat(only("ADR-3").targetPath()).isEqualTo("docs/adr/0002-first.md");
        assertThat(only("ADR-3").line()).isEqualTo(7);
    }

    @Test
    void readsEveryOtherSpelling() {
        assertThat(List.of(only("ADR-4"), only("ADR-5"), only("ADR-7"), only("ADR-8"), only("ADR-10"), only("ADR-15"),
                only("ADR-21"))).extracting(AdrLink::text, AdrLink::targetId, AdrLink::targetPath).containsExactly(
                tuple("[MADR-077](./077-x.md)", "ADR-77", "docs/adr/077-x.md"),
                tuple("[Use Postgres for everything](0006-use-postgres.md)", "ADR-6", "docs/adr/0006-use-postgres.md"),
                tuple("[ADR-8](https://github.com/other-org/other-repo/blob/main/docs/adr/0008-x.md)", null, null),
                tuple("[ADR-0009](../old-location/adr/0009-moved.md)", "ADR-9", "docs/old-location/adr/0009-moved.md"),
                tuple("[the discussion](https://github.com/org/repo/discussions/42)", null, null),
                tuple("ADR 16", "ADR-16", null),
                tuple("[20. New logging](0020-new-logging.md)", "ADR-20", "docs/adr/0020-new-logging.md"));
        assertThat(only("ADR-7").linkTarget())
                .isEqualTo("https://github.com/other-org/other-repo/blob/main/docs/adr/0008-x.md");
        assertThat(SUPERSEDE.id("ADR-21").meta().items(Keys.SUPERSEDED_BY))
                .containsExactly("[20. New logging](0020-new-logging.md)");
    }

    @Test
    void readsSeveralTargetsOnOneLine() {
        Node two = SUPERSEDE.id("ADR-14");
        MetaValue by = AdrRepo.meta(two, Keys.SUPERSEDED_BY);
        assertThat(by.items()).containsExactly("[ADR-3](0003-t.md)", "[ADR-6](0006-use-postgres.md)");
        assertThat(by.itemSpans()).extracting(s -> s.column()).containsExactly(15, 38);
        assertThat(AdrRepo.links(two)).extracting(AdrLink::targetId).containsExactly("ADR-3", "ADR-6");
    }

    @Test
    void readsSupersessionInsideMadrStatusValues() {
        Node madr4 = SUPERSEDE.id("ADR-11");
        assertThat(madr4.status()).isEqualTo("superseded by ADR-0123");
        MetaValue by4 = AdrRepo.meta(madr4, Keys.SUPERSEDED_BY);
        assertThat(by4.items()).containsExactly("ADR-0123");
        assertThat(by4.source()).isEqualTo(MetaSource.FRONT_MATTER);
        assertThat(AdrRepo.spanText(madr4, by4)).isEqualTo("ADR-0123");
        assertThat(only("ADR-11").targetId()).isEqualTo("ADR-123");

        Node madr3 = SUPERSEDE.id("ADR-12");
        assertThat(madr3.meta().items(Keys.SUPERSEDED_BY)).containsExactly("[ADR-0005](0005-title-link.md)");
        assertThat(only("ADR-12").targetPath()).isEqualTo("docs/adr/0005-title-link.md");

        Node madr2 = SUPERSEDE.id("ADR-13");
        MetaValue by2 = AdrRepo.meta(madr2, Keys.SUPERSEDED_BY);
        assertThat(by2.source()).isEqualTo(MetaSource.BULLET);
        assertThat(by2.line()).isEqualTo(3);
        assertThat(AdrRepo.spanText(madr2, by2)).isEqualTo("[ADR-0005](0005-title-link.md)");
    }

    @Test
    void readsAnExplicitSupersedesKey() {
        Node n = SUPERSEDE.id("ADR-16");
        MetaValue v = AdrRepo.meta(n, Keys.SUPERSEDES);
        assertThat(v.source()).isEqualTo(MetaSource.FRONT_MATTER);
        assertThat(v.items()).containsExactly("ADR-15");
        assertThat(only("ADR-16")).extracting(AdrLink::relation, AdrLink::targetId, AdrLink::line)
                .containsExactly(AdrRelation.SUPERSEDES, "ADR-15", 4);
    }

    @Test
    void aSupersededStatusWithoutTargetGivesNoLink() {
        Node n = SUPERSEDE.id("ADR-22");
        assertThat(n.status()).isEqualTo("Superseded");
        assertThat(AdrRepo.links(n)).isEmpty();
        assertThat(n.meta().has(Keys.SUPERSEDED_BY)).isFalse();
        Node partly = AdrRepo.read("statuses").id("ADR-16");
        assertThat(AdrRepo.links(partly)).isEmpty();
        Node rejected = AdrRepo.read("statuses").id("ADR-14");
        assertThat(AdrRepo.links(rejected)).isEmpty();
    }

    @Test
    void readsAdrToolsAmendAndCustomLinks() {
        AdrRepo repo = AdrRepo.read("adr-tools");
        assertThat(AdrRepo.links(repo.id("ADR-1"))).extracting(AdrLink::relation, AdrLink::label, AdrLink::targetId)
                .containsExactly(tuple(AdrRelation.AMENDED_BY, "Amended by", "ADR-4"));
        assertThat(repo.id("ADR-1").meta().items("amended_by"))
                .containsExactly("[4. Third Record](0004-third-record.md)");
        assertThat(AdrRepo.links(repo.id("ADR-4"))).extracting(AdrLink::relation, AdrLink::label, AdrLink::targetId)
                .containsExactly(tuple(AdrRelation.AMENDS, "Amends", "ADR-1"),
                        tuple(AdrRelation.OTHER, "Clarifies", "ADR-3"));
        assertThat(repo.id("ADR-2").status()).isEqualTo("Superceded by [3. Second Record](0003-second-record.md)");
        assertThat(AdrRepo.links(repo.id("ADR-3"))).extracting(AdrLink::relation, AdrLink::targetPath)
                .containsExactly(tuple(AdrRelation.SUPERSEDES, "doc/adr/0002-first-record.md"));
    }

    @Test
    void metadataItemsStayParseableAsReferences() {
        String item = SUPERSEDE.id("ADR-2").meta().items(Keys.SUPERSEDED_BY).get(0);
        Ref link = Ref.parse(item, "docs/adr/0002-first.md", null);
        assertThat(link.link()).isEqualTo("0003-t.md");
        Ref id = Ref.parse(SUPERSEDE.id("ADR-1").meta().items(Keys.SUPERSEDED_BY).get(0), "x", null);
        assertThat(id.link()).isEqualTo("./0020-new-logging.md");
        assertThat(id.id()).isEqualTo("ADR-0020");
        Ref plain = Ref.parse(SUPERSEDE.id("ADR-11").meta().items(Keys.SUPERSEDED_BY).get(0), "x", null);
        assertThat(plain.id()).isEqualTo("ADR-0123");
    }

    @Test
    void derivesTargetIdsFromLabelsAndText() {
        assertThat(AdrLinks.idIn("ADR-0020")).isEqualTo("ADR-20");
        assertThat(AdrLinks.idIn("MADR-077")).isEqualTo("ADR-77");
        assertThat(AdrLinks.idIn("ADR 111")).isEqualTo("ADR-111");
        assertThat(AdrLinks.idIn("036. Title")).isEqualTo("ADR-36");
        assertThat(AdrLinks.idIn("019")).isEqualTo("ADR-19");
        assertThat(AdrLinks.idIn("Use Postgres")).isNull();
        assertThat(AdrLinks.idIn("#1484")).isNull();
        assertThat(AdrLinks.idIn("2024-05-01-2")).isNull();
        assertThat(AdrRelation.fromLabel("Superceded by")).isEqualTo(AdrRelation.SUPERSEDED_BY);
        assertThat(AdrRelation.fromLabel("supercedes")).isEqualTo(AdrRelation.SUPERSEDES);
        assertThat(AdrRelation.fromLabel("Clarified by")).isEqualTo(AdrRelation.OTHER);
        assertThat(AdrRelation.SUPERSEDES.inverse()).isEqualTo(AdrRelation.SUPERSEDED_BY);
        assertThat(AdrRelation.AMENDED_BY.inverse()).isEqualTo(AdrRelation.AMENDS);
    }
}
