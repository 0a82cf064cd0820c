package io.specgraph.parse.adr;

import io.specgraph.model.Finding;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AdrStatusTest {

    @Test
    void keepsTwentySixStatusWordsExactlyAsWritten() {
        AdrRepo repo = AdrRepo.read("statuses");
        Map<String, String> statuses = new LinkedHashMap<>();
        repo.adrs().forEach(n -> statuses.put(n.id(), n.status()));
        assertThat(statuses).containsExactly(
                entry("ADR-1", "Accepted"), entry("ADR-2", "accepted"), entry("ADR-3", "Implemented"),
                entry("ADR-4", "Proposed."), entry("ADR-5", "Pending"), entry("ADR-6", "Approved"),
                entry("ADR-7", "In Review."), entry("ADR-8", "Declined"), entry("ADR-9", "Reverted"),
                entry("ADR-10", "Rejected in favour of ADR 111"), entry("ADR-11", "Accepted ([#1484])"),
                entry("ADR-12", "✅ Accepted"), entry("ADR-13", "🤔 Proposed"),
                entry("ADR-14", "❌ Rejected (see [019](019-x.md))"),
                entry("ADR-15", "⌛️ Superseded by [036. Title](036-x.md)"), entry("ADR-16", "Partly superseded"),
                entry("ADR-17", "on hold"), entry("ADR-18", "Deprecated"), entry("ADR-19", "Superseded"),
                entry("ADR-20", "Draft"), entry("ADR-21", "Under review"), entry("ADR-22", "Decided"),
                entry("ADR-23", "Withdrawn"), entry("ADR-24", "Proposed"), entry("ADR-25", "ACCEPTED"),
                entry("ADR-36", "Accepted on 2021-03-04"));
        assertThat(statuses.values()).doesNotHaveDuplicates().hasSize(26);
        assertThat(repo.findings).isEmpty();
    }

    @Test
    void statusSectionValueSpansExactlyTheStatusText() {
        AdrRepo repo = AdrRepo.read("statuses");
        for (Node n : repo.adrs()) {
            MetaValue status = AdrRepo.meta(n, Keys.STATUS);
            assertThat(status.source()).isEqualTo(MetaSource.STATUS_SECTION);
            assertThat(status.line()).isEqualTo(5);
            assertThat(status.column()).isEqualTo(1);
            assertThat(AdrRepo.spanText(n, status)).isEqualTo(n.status());
            assertThat(status.path()).isEqualTo(n.path());
        }
    }

    @Test
    void readsStatusFromEveryPlacementInReadOrder() {
        AdrRepo repo = AdrRepo.read("status-placement");
        record Where(String status, MetaSource source, int line, int column) {
        }
        Map<String, Where> where = new LinkedHashMap<>();
        repo.adrs().stream().filter(n -> n.status() != null).forEach(n -> {
            MetaValue v = AdrRepo.meta(n, Keys.STATUS);
            where.put(n.id(), new Where(n.status(), v.source(), v.line(), v.column()));
        });
        assertThat(where).containsOnly(
                entry("ADR-1", new Where("accepted", MetaSource.FRONT_MATTER, 2, 9)),
                entry("ADR-2", new Where("accepted", MetaSource.BULLET, 3, 11)),
                entry("ADR-3", new Where("Accepted", MetaSource.PLAIN_LINE, 4, 9)),
                entry("ADR-4", new Where("Accepted", MetaSource.STATUS_SECTION, 7, 1)),
                entry("ADR-5", new Where("Accepted", MetaSource.STATUS_SECTION, 10, 1)),
                entry("ADR-8", new Where("Proposed", MetaSource.STATUS_SECTION, 7, 1)),
                entry("ADR-9", new Where("Rejected", MetaSource.FRONT_MATTER, 2, 9)),
                entry("ADR-10", new Where("Accepted", MetaSource.BOLD_LABEL, 3, 13)),
                entry("ADR-11", new Where("Accepted", MetaSource.STATUS_SECTION, 5, 3)),
                entry("ADR-12", new Where("Deprecated", MetaSource.STATUS_SECTION, 5, 9)),
                entry("ADR-13", new Where("Accepted", MetaSource.STATUS_SECTION, 7, 1)));
    }

    @Test
    void warnsWhenAnAdrHasNoStatus() {
        AdrRepo repo = AdrRepo.read("status-placement");
        assertThat(repo.id("ADR-6").status()).isNull();
        assertThat(repo.id("ADR-7").status()).isNull();
        List<Finding> missing = repo.findings(AdrRules.MISSING_STATUS);
        assertThat(missing).extracting(Finding::node, Finding::line, Finding::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple("ADR-6", 3, Severity.WARNING),
                org.assertj.core.groups.Tuple.tuple("ADR-7", 1, Severity.WARNING));
        assertThat(missing.get(0).message()).isEqualTo("missing status: the Status section of ADR-6 is empty");
        assertThat(missing.get(1).message()).isEqualTo("missing status: ADR-7 states no status");
        assertThat(AdrRepo.read("madr4").findings(AdrRules.MISSING_STATUS)).extracting(Finding::node)
                .containsExactly("ADR-2");
    }

    @Test
    void readsTheDateLineBesideTheStatusSection() {
        Node first = AdrRepo.read("adr-tools").id("ADR-1");
        MetaValue date = AdrRepo.meta(first, Keys.DATE);
        assertThat(date.value()).isEqualTo("12/01/1992");
        assertThat(date.source()).isEqualTo(MetaSource.PLAIN_LINE);
        assertThat(date.line()).isEqualTo(3);
    }

    @Test
    void statusSpanReplacesOnlyTheStatusTextInACrlfFile() {
        AdrRepo repo = AdrRepo.read("bytes");
        Node crlf = repo.id("ADR-1");
        MetaValue status = AdrRepo.meta(crlf, Keys.STATUS);
        assertThat(status.source()).isEqualTo(MetaSource.STATUS_SECTION);
        Document doc = DocumentLoader.load("bytes", repo.plan.info().path(), crlf.path()).document();
        Document edited = doc.replace(status.span().offset(), status.span().length(), "Deprecated");
        String before = new String(doc.bytes(), StandardCharsets.UTF_8);
        String after = new String(edited.bytes(), StandardCharsets.UTF_8);
        assertThat(after).isEqualTo(before.replace("## Status\r\n\r\nAccepted\r\n", "## Status\r\n\r\nDeprecated\r\n"));
    }

    @Test
    void readsStatusDespiteTrailingSpacesBomAndOldLineEndings() {
        AdrRepo repo = AdrRepo.read("bytes");
        Node spaces = repo.id("ADR-3");
        assertThat(spaces.status()).isEqualTo("Accepted");
        assertThat(AdrRepo.meta(spaces, Keys.STATUS).line()).isEqualTo(8);
        assertThat(AdrRepo.meta(spaces, Keys.STATUS).span().length()).isEqualTo("Accepted".length());
        assertThat(spaces.title()).isEqualTo("Trailing spaces");
        assertThat(repo.id("ADR-2").status()).isEqualTo("Superceded by [1. CRLF line endings](0001-crlf.md)");
        assertThat(repo.id("ADR-2").title()).isEqualTo("Byte order mark");
        assertThat(repo.id("ADR-4").status()).isEqualTo("proposed");
        assertThat(AdrRepo.meta(repo.id("ADR-4"), Keys.STATUS).source()).isEqualTo(MetaSource.FRONT_MATTER);
        assertThat(repo.id("ADR-5").status()).isEqualTo("Rejected");
        assertThat(repo.id("ADR-5").title()).isEqualTo("Old Mac line endings");
    }
}
