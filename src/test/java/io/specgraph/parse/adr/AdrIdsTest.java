package io.specgraph.parse.adr;

import io.specgraph.model.AdrInfo;
import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.parse.AdrReader;
import io.specgraph.parse.DocumentSource;
import io.specgraph.parse.ReadResult;
import io.specgraph.parse.Unit;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AdrIdsTest {

    @Test
    void readsTheNumberOfEveryFileNamePattern() {
        AdrRepo repo = AdrRepo.read("file-names");
        Map<String, String> idByPath = repo.adrs().stream().collect(Collectors.toMap(Node::path, Node::id));
        String d = "docs/adr/";
        assertThat(idByPath).containsOnly(
                entry(d + "0001-four-digit-number.md", "ADR-1"),
                entry(d + "002-three-digit-number.md", "ADR-2"),
                entry(d + "adr-003-lower-case-prefix.md", "ADR-3"),
                entry(d + "ADR-0004-upper-case-prefix.md", "ADR-4"),
                entry(d + "005-Title-Case-Name.md", "ADR-5"),
                entry(d + "2024-05-01-1-dated-first.md", "ADR-2024-05-01-1"),
                entry(d + "2024-05-01-2-dated-second.md", "ADR-2024-05-01-2"),
                entry(d + "2024-05-02-1-next-day.md", "ADR-2024-05-02-1"),
                entry(d + "0010-after-a-gap.md", "ADR-10"),
                entry(d + "ADR0011.md", "ADR-11"),
                entry(d + "0012-use-templates-for-emails.md", "ADR-12"),
                entry(d + "use-kafka.md", "use-kafka"));
        assertThat(repo.findings(AdrRules.DUPLICATE_NUMBER)).isEmpty();
    }

    @Test
    void recordsNumberDateSlugAndFolder() {
        AdrRepo repo = AdrRepo.read("file-names");
        AdrInfo dated = AdrRepo.info(repo.id("ADR-2024-05-01-2"));
        assertThat(dated.number()).isEqualTo("2024-05-01-2");
        assertThat(dated.value()).isEqualTo(2);
        assertThat(dated.date()).isEqualTo("2024-05-01");
        assertThat(dated.slug()).isEqualTo("dated-second");
        AdrInfo three = AdrRepo.info(repo.id("ADR-2"));
        assertThat(three.number()).isEqualTo("002");
        assertThat(three.value()).isEqualTo(2);
        assertThat(three.folder()).isEqualTo("docs/adr");
        assertThat(three.subFolder()).isEmpty();
        AdrInfo none = AdrRepo.info(repo.id("use-kafka"));
        assertThat(none.hasNumber()).isFalse();
        assertThat(none.value()).isEqualTo(-1);
    }

    @Test
    void skipsIndexesTemplatesNotesAndImages() {
        AdrRepo repo = AdrRepo.read("file-names");
        assertThat(repo.adrs()).extracting(Node::path).doesNotContain("docs/adr/notes.md", "docs/adr/index.md",
                "docs/adr/adr-template.md", "docs/adr/0000-template.md", "docs/adr/diagram.svg");
        assertThat(repo.plan.units()).extracting(Unit::path).doesNotContain("docs/adr/index.md",
                "docs/adr/adr-template.md", "docs/adr/0000-template.md", "docs/adr/diagram.svg");
        assertThat(repo.findings).noneMatch(f -> f.path().equals("docs/adr/notes.md")
                || f.path().equals("docs/adr/diagram.svg"));
    }

    @Test
    void namesVersionedSubFoldersThatRestartTheirNumbers() {
        AdrRepo repo = AdrRepo.read("versioned");
        Map<String, String> idByPath = repo.adrs().stream().collect(Collectors.toMap(Node::path, Node::id));
        assertThat(idByPath).containsOnly(
                entry("docs/adr/1.x/0001-use-rest.md", "ADR-1.x-1"),
                entry("docs/adr/1.x/0002-use-mysql.md", "ADR-1.x-2"),
                entry("docs/adr/2.x/0001-use-postgres.md", "ADR-2.x-1"),
                entry("docs/adr/3.x/0001-use-grpc.md", "ADR-3.x-1"),
                entry("docs/adr/3.x/0002-split-services.md", "ADR-3.x-2"),
                entry("docs/adr/3.x/0003-event-sourcing.md", "ADR-3.x-3"));
        AdrInfo info = AdrRepo.info(repo.id("ADR-2.x-1"));
        assertThat(info.folder()).isEqualTo("docs/adr");
        assertThat(info.subFolder()).isEqualTo("2.x");
        assertThat(info.duplicates()).containsExactly("docs/adr/1.x/0001-use-rest.md", "docs/adr/3.x/0001-use-grpc.md");
    }

    @Test
    void warnsOnEveryFileWhoseNumberIsUsedTwice() {
        AdrRepo repo = AdrRepo.read("versioned");
        List<Finding> dups = repo.findings(AdrRules.DUPLICATE_NUMBER);
        assertThat(dups).extracting(Finding::node)
                .containsExactly("ADR-1.x-1", "ADR-1.x-2", "ADR-2.x-1", "ADR-3.x-1", "ADR-3.x-2");
        Finding mysql = dups.get(1);
        assertThat(mysql.path()).isEqualTo("docs/adr/1.x/0002-use-mysql.md");
        assertThat(mysql.line()).isEqualTo(1);
        assertThat(mysql.message()).isEqualTo("duplicate ADR number 0002: docs/adr/1.x/0002-use-mysql.md and "
                + "docs/adr/3.x/0002-split-services.md (this one is read as ADR-1.x-2)");
        assertThat(dups).allMatch(f -> f.severity() == io.specgraph.model.Severity.WARNING);
    }

    @Test
    void keepsTheCurrentFolderPlainAndNamesTheLegacyFolder() {
        AdrRepo repo = AdrRepo.read("legacy");
        Map<String, String> idByPath = repo.adrs().stream().collect(Collectors.toMap(Node::path, Node::id));
        assertThat(idByPath).containsOnly(
                entry("docs/decisions/0001-use-kotlin.md", "ADR-1"),
                entry("docs/decisions/0002-use-gradle.md", "ADR-2"),
                entry("docs/decisions/0003-use-kafka.md", "ADR-3"),
                entry("docs/decisions/0003-use-rabbitmq.md", "ADR-3b"),
                entry("docs/decisions/0007-use-otel.md", "ADR-7"),
                entry("docs/decisions/legacy/0001-use-java.md", "ADR-legacy-1"),
                entry("docs/decisions/legacy/0002-use-maven.md", "ADR-legacy-2"),
                entry("docs/decisions/legacy/0004-use-soap.md", "ADR-legacy-4"));
        assertThat(repo.findings(AdrRules.DUPLICATE_NUMBER)).extracting(Finding::node)
                .containsExactly("ADR-1", "ADR-2", "ADR-3", "ADR-3b", "ADR-legacy-1", "ADR-legacy-2");
        assertThat(repo.findingsOn("ADR-3b")).singleElement().satisfies(f -> assertThat(f.message())
                .contains("docs/decisions/0003-use-kafka.md and docs/decisions/0003-use-rabbitmq.md"));
        assertThat(repo.findingsOn("ADR-7")).isEmpty();
        assertThat(repo.findingsOn("ADR-legacy-4")).isEmpty();
    }

    @Test
    void anExplicitIdTakesTheFileOutOfNumbering() {
        AdrRepo repo = AdrRepo.read("explicit-id");
        assertThat(repo.path("docs/adr/0001-first.md").id()).isEqualTo("ADR-042");
        assertThat(repo.path("docs/adr/0001-second.md").id()).isEqualTo("ADR-1");
        assertThat(repo.findingsOn("ADR-042")).isEmpty();
        assertThat(repo.findingsOn("ADR-1")).isEmpty();
        assertThat(repo.path("docs/adr/0002-fifth.md").id()).isEqualTo("ADR-2");
        assertThat(repo.path("docs/adr/0002-fourth.md").id()).isEqualTo("ADR-2b");
        assertThat(repo.path("docs/adr/0002-third.md").id()).isEqualTo("ADR-2c");
        assertThat(repo.findings(AdrRules.DUPLICATE_NUMBER)).hasSize(3);
    }

    @Test
    void namesANewUnsavedFileAgainstTheKnownOnes() {
        AdrRepo repo = AdrRepo.read("legacy");
        String path = "docs/decisions/0003-use-nats.md";
        byte[] text = "# 3. Use NATS\n\n## Status\n\nProposed\n".getBytes(StandardCharsets.UTF_8);
        DocumentSource docs = DocumentSource.overlay(repo.plan.info().name(),
                DocumentSource.disk(repo.plan.info().name(), repo.plan.info().path()), Map.of(path, text));
        ReadResult r = new AdrReader().read(repo.plan.context(), Unit.of(Layout.ADR, "adr", path), docs);
        assertThat(r.nodes()).singleElement().satisfies(n -> {
            assertThat(n.id()).isEqualTo("ADR-3c");
            assertThat(n.status()).isEqualTo("Proposed");
        });
        assertThat(r.findings()).extracting(Finding::rule).containsExactly(AdrRules.DUPLICATE_NUMBER);
    }

    @Test
    void parsesFileNames() {
        assertThat(AdrFileNames.parse("a/0000-use-madr.md").defaultId()).isEqualTo("ADR-0");
        assertThat(AdrFileNames.parse("ADR_12_use_x.md").key()).isEqualTo("12");
        assertThat(AdrFileNames.parse("0001.md").slug()).isEmpty();
        assertThat(AdrFileNames.parse("20200926-use-log4brains.md").defaultId()).isEqualTo("ADR-20200926");
        assertThat(AdrFileNames.parse("2024-05-01-02-x.md").key()).isEqualTo("2024-05-01-2");
        assertThat(AdrFileNames.parse("1234567890123-big.md").value()).isEqualTo(-1);
        assertThat(AdrFileNames.parse("use-kafka.md").hasNumber()).isFalse();
        assertThat(AdrFileNames.isNotAdr("README.md")).isTrue();
        assertThat(AdrFileNames.isNotAdr("templates/decision.md")).isTrue();
        assertThat(AdrFileNames.isNotAdr("adr-template-bare-minimal.md")).isTrue();
        assertThat(AdrFileNames.isNotAdr("_sidebar.md")).isTrue();
        assertThat(AdrFileNames.isNotAdr("0005-use-templates.md")).isFalse();
        assertThat(AdrFileNames.isNotAdr("1.x/0001-use-rest.md")).isFalse();
    }
}
