package io.specgraph.parse.adr;

import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.parse.AdrReader;
import io.specgraph.parse.Document;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.ReadRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

class AdrFoldersTest {

    @Test
    void findsEveryWellKnownFolderNameAtTheRootAndInMonorepoPackages() {
        AdrRepo repo = AdrRepo.read("folder-names");
        Map<String, String> folderById = repo.adrs().stream()
                .collect(Collectors.toMap(Node::id, n -> AdrRepo.info(n).folder()));
        assertThat(folderById).containsOnly(
                entry("ADR-1", "doc/adr"), entry("ADR-2", "docs/adr"), entry("ADR-3", "docs/decisions"),
                entry("ADR-4", "docs/architecture/decisions"), entry("ADR-5", "docs/madr/decisions"),
                entry("ADR-6", "adr"), entry("ADR-7", "adrs"), entry("ADR-8", "decisions"),
                entry("ADR-9", "architecture-decision-record"), entry("ADR-10", "architecture-decision-records"),
                entry("ADR-11", "services/payments/docs/adr"));
        assertThat(repo.plan.info().layouts()).contains(Layout.ADR);
    }

    @Test
    void leavesSpecsOpenSpecTestFixturesAndNumberedHandbooksAlone() {
        AdrRepo repo = AdrRepo.read("folder-names");
        assertThat(repo.adrs()).extracting(Node::path)
                .noneMatch(p -> p.startsWith("specs/") || p.startsWith("openspec/") || p.startsWith("src/")
                        || p.startsWith("handbook/"));
        assertThat(repo.findings(AdrRules.DUPLICATE_NUMBER)).isEmpty();
    }

    @Test
    void readsTheFolderAnAdrDirFileNames() {
        AdrRepo repo = AdrRepo.read("adr-dir-file");
        assertThat(repo.adrs()).extracting(Node::path).containsExactly(
                "architecture/records/0001-record-architecture-decisions.md", "architecture/records/0002-use-grpc.md");
        assertThat(repo.adrIds()).containsExactly("ADR-1", "ADR-2");
        assertThat(repo.findings).isEmpty();
    }

    @Test
    void reportsAnAdrDirFileNamingAMissingFolderAndReadsOneInAPackage() {
        AdrRepo repo = AdrRepo.read("adr-dir-missing");
        List<Finding> bad = repo.findings(ReadRules.BAD_VALUE);
        assertThat(bad).hasSize(1);
        assertThat(bad.get(0).path()).isEqualTo(".adr-dir");
        assertThat(bad.get(0).line()).isEqualTo(1);
        assertThat(bad.get(0).message()).contains("'docs/architecture/adr'", "does not exist");
        Node stripe = repo.id("ADR-1");
        assertThat(stripe.path()).isEqualTo("packages/billing/decisions-log/0001-use-stripe.md");
        assertThat(stripe.title()).isEqualTo("Use Stripe");
    }

    @Test
    void adrDirTargetIsRelativeToTheFileAndStaysInsideTheRepo() {
        assertThat(AdrFolders.adrDirTarget(".adr-dir", Document.ofText("x", "./docs/adr/\r\n"))).isEqualTo("docs/adr");
        assertThat(AdrFolders.adrDirTarget("pkg/.adr-dir", Document.ofText("x", "\n  \"decisions\"\n")))
                .isEqualTo("pkg/decisions");
        assertThat(AdrFolders.adrDirTarget("pkg/.adr-dir", Document.ofText("x", "../doc/adr"))).isEqualTo("doc/adr");
        assertThat(AdrFolders.adrDirTarget(".adr-dir", Document.ofText("x", "../outside"))).isNull();
        assertThat(AdrFolders.adrDirTarget(".adr-dir", Document.ofText("x", "/abs/adr"))).isNull();
        assertThat(AdrFolders.adrDirTarget(".adr-dir", Document.ofText("x", "  \n"))).isNull();
    }

    @Test
    void findsNygardsDocArchFolderByItsContent() {
        AdrRepo repo = AdrRepo.read("nygard");
        assertThat(repo.adrs()).extracting(Node::path)
                .containsExactly("doc/arch/adr-001.md", "doc/arch/adr-002.md", "doc/arch/adr-009.md");
        assertThat(repo.adrIds()).containsExactly("ADR-1", "ADR-2", "ADR-9");
        assertThat(AdrRepo.info(repo.id("ADR-9")).folder()).isEqualTo("doc/arch");
    }

    @Test
    void workspaceFoldersReplaceDetection() {
        Path folder = AdrRepo.FIXTURES.resolve("override");
        assertThat(AdrRepo.read("override").adrs()).extracting(Node::path)
                .containsExactly("docs/adr/0001-detected-otherwise.md");

        AdrRepo set = AdrRepo.read(folder, List.of("kb/choices/"));
        assertThat(set.adrs()).extracting(Node::path)
                .containsExactly("kb/choices/001-choose-cloud.md", "kb/choices/002-choose-region.md");
        assertThat(set.adrIds()).containsExactly("ADR-1", "ADR-2");
        assertThat(set.findings(AdrRules.MISSING_STATUS)).extracting(Finding::node).containsExactly("ADR-1", "ADR-2");
    }

    @Test
    void reportsAWorkspaceFolderThatDoesNotExist() {
        AdrRepo repo = AdrRepo.read(AdrRepo.FIXTURES.resolve("override"), List.of("kb/choices", "nowhere/adr"));
        assertThat(repo.findings(ReadRules.BAD_VALUE)).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("'nowhere/adr'", "does not exist"));
        assertThat(repo.adrs()).hasSize(2);
    }

    @Test
    void readsGlobalAdrsOfASeedPlatformRepo() {
        AdrRepo repo = AdrRepo.read("seed-platform");
        assertThat(repo.plan.info().layouts()).contains(Layout.SEED_PLATFORM, Layout.ADR);
        assertThat(repo.adrIds()).containsExactly("ADR-100", "ADR-101");
        assertThat(repo.id("ADR-100").status()).isEqualTo("Approved");
        assertThat(repo.id("ADR-100").title()).isEqualTo("Payment provider");
        assertThat(repo.id("ADR-101").status()).isEqualTo("In Review");
        assertThat(repo.findings).isEmpty();
    }

    @Test
    void readsLocalAdrsOfASeedComponentRepoAndLeavesSpecsToTheSeedReader() {
        AdrRepo repo = AdrRepo.read("seed-component");
        assertThat(repo.adrIds()).containsExactly("ADR-7");
        assertThat(repo.id("ADR-7").status()).isEqualTo("Proposed");
        assertThat(repo.id("SPEC-CART-01").layout()).isEqualTo(Layout.SEED_COMPONENT);
    }

    @Test
    void readsTheSmallTeamVariantsAdrsFolder() {
        AdrRepo repo = AdrRepo.read("small-team");
        assertThat(repo.adrs()).extracting(Node::path).containsExactly("adrs/0001-use-postgres.md");
        assertThat(repo.id("ADR-1").title()).isEqualTo("Use Postgres");
    }

    @Test
    void detectsNothingInARepoWithoutAdrs(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Project\n");
        Files.createDirectories(dir.resolve("docs/guides"));
        Files.writeString(dir.resolve("docs/guides/setup.md"), "# Setup\n");
        assertThat(new AdrReader().detect(FileIndex.walk(dir))).isFalse();
        AdrRepo repo = AdrRepo.read(dir, List.of());
        assertThat(repo.plan.info().layouts()).doesNotContain(Layout.ADR);
        assertThat(repo.adrs()).isEmpty();
    }

    @Test
    void readsAdrsKeptAtTheRepoRootButNotTheFoldersBelowIt(@TempDir Path dir) throws IOException {
        String adr = "# %d. Decision\n\n## Context\n\nC.\n\n## Decision\n\nD.\n\n## Status\n\nAccepted\n";
        Files.writeString(dir.resolve("0001-first.md"), adr.formatted(1));
        Files.writeString(dir.resolve("0002-second.md"), adr.formatted(2));
        Files.writeString(dir.resolve("README.md"), "# Decisions\n");
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve("notes/0001-meeting.md"), "# Meeting\n\nNotes.\n");
        AdrRepo repo = AdrRepo.read(dir, List.of());
        assertThat(repo.adrs()).extracting(Node::path).containsExactly("0001-first.md", "0002-second.md");
        assertThat(AdrRepo.info(repo.id("ADR-2")).folder()).isEmpty();
        assertThat(repo.findings).isEmpty();
    }

    @Test
    void twoAdrFoldersWithTheSameNumbersKeepDistinctIds(@TempDir Path dir) throws IOException {
        String adr = "# 1. %s\n\n## Status\n\nAccepted\n";
        Files.createDirectories(dir.resolve("adr"));
        Files.createDirectories(dir.resolve("docs/adr"));
        Files.writeString(dir.resolve("adr/0001-global.md"), adr.formatted("Global"));
        Files.writeString(dir.resolve("docs/adr/0001-local.md"), adr.formatted("Local"));
        AdrRepo repo = AdrRepo.read(dir, List.of());
        assertThat(repo.adrs()).extracting(Node::path, Node::id).containsExactly(
                org.assertj.core.groups.Tuple.tuple("adr/0001-global.md", "ADR-1"),
                org.assertj.core.groups.Tuple.tuple("docs/adr/0001-local.md", "ADR-1b"));
        assertThat(repo.findings(AdrRules.DUPLICATE_NUMBER)).hasSize(2);
    }
}
