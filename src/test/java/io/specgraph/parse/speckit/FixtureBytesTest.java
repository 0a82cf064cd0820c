package io.specgraph.parse.speckit;

import io.specgraph.parse.DocumentLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class FixtureBytesTest {

    @Test
    void everyFixtureFileLoadsWithItsExactBytes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SpecKitFixture.ROOT)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String rel = SpecKitFixture.ROOT.relativize(file).toString().replace('\\', '/');
            DocumentLoader.Loaded loaded = DocumentLoader.load("fixtures", SpecKitFixture.ROOT, rel);
            assertThat(loaded.ok()).as(rel + " loads: " + loaded.problem()).isTrue();
            assertThat(loaded.document().bytes()).as(rel).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void crlfAndBomFixturesKeptTheirBytes() throws IOException {
        byte[] spec = Files.readAllBytes(SpecKitFixture.ROOT.resolve("crlf-bom/specs/001-windows/spec.md"));
        assertThat(spec[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(spec, java.nio.charset.StandardCharsets.UTF_8)).contains("Draft  \r\n");
        var doc = DocumentLoader.load("r", SpecKitFixture.ROOT, "crlf-bom/specs/001-windows/spec.md").document();
        assertThat(doc.hasBom()).isTrue();
        assertThat(doc.eol()).isEqualTo("\r\n");
    }
}
