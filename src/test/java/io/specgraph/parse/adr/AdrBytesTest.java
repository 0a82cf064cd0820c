package io.specgraph.parse.adr;

import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.parse.DocumentLoader;
import io.specgraph.parse.ReadRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AdrBytesTest {

    @Test
    void everyFixtureFileLoadsWithItsExactBytes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(AdrRepo.FIXTURES)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(150);
        for (Path f : files) {
            String rel = AdrRepo.FIXTURES.relativize(f).toString().replace('\\', '/');
            DocumentLoader.Loaded loaded = DocumentLoader.load("fixtures", AdrRepo.FIXTURES, rel);
            if (rel.endsWith(".png")) {
                assertThat(loaded.ok()).as(rel).isFalse();
                assertThat(loaded.problem().rule()).isEqualTo(ReadRules.BINARY);
                continue;
            }
            assertThat(loaded.ok()).as(rel).isTrue();
            assertThat(loaded.document().bytes()).as(rel).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void keepsCrlfBomAndOldLineEndingsOfAdrs() {
        AdrRepo repo = AdrRepo.read("bytes");
        Path root = repo.plan.info().path();
        assertThat(DocumentLoader.load("b", root, repo.id("ADR-1").path()).document().eol()).isEqualTo("\r\n");
        assertThat(DocumentLoader.load("b", root, repo.id("ADR-2").path()).document().hasBom()).isTrue();
        assertThat(DocumentLoader.load("b", root, repo.id("ADR-4").path()).document().hasBom()).isTrue();
        assertThat(DocumentLoader.load("b", root, repo.id("ADR-5").path()).document().eol()).isEqualTo("\r");
        assertThat(repo.adrIds()).containsExactly("ADR-1", "ADR-2", "ADR-3", "ADR-4", "ADR-5");
    }

    @Test
    void imagesDiagramsAndIndexesInTheFolderGiveNoNodesAndNoFindings() {
        AdrRepo repo = AdrRepo.read("bytes");
        assertThat(repo.nodes).extracting(Node::path).allMatch(p -> p.matches("docs/adr/000\\d-[a-z-]+\\.md"));
        assertThat(repo.findings).isEmpty();
        AdrRepo versioned = AdrRepo.read("versioned");
        assertThat(versioned.findings).noneMatch(f -> f.path().endsWith(".png") || f.path().endsWith("README.md"));
    }

    @Test
    void aFileThatIsNotUtf8BecomesAFindingAndTheOthersAreStillRead(@TempDir Path dir) throws IOException {
        Path adr = Files.createDirectories(dir.resolve("docs/adr"));
        Files.writeString(adr.resolve("0001-good.md"), "# 1. Good\n\n## Status\n\nAccepted\n");
        byte[] latin1 = {'#', ' ', '2', '.', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'};
        Files.write(adr.resolve("0002-latin1.md"), latin1);
        Files.createDirectories(adr.resolve("0003-a-folder.md"));
        Files.write(adr.resolve("0004-binary.md"), new byte[]{'#', ' ', 0, 1, 2});
        AdrRepo repo = AdrRepo.read(dir, List.of());
        assertThat(repo.adrIds()).containsExactly("ADR-1");
        assertThat(repo.findings).extracting(Finding::rule, Finding::path).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ReadRules.NOT_UTF8, "docs/adr/0002-latin1.md"),
                org.assertj.core.groups.Tuple.tuple(ReadRules.FOLDER, "docs/adr/0003-a-folder.md"),
                org.assertj.core.groups.Tuple.tuple(ReadRules.BINARY, "docs/adr/0004-binary.md"));
    }
}
