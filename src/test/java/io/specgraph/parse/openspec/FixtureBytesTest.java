package io.specgraph.parse.openspec;

import io.specgraph.parse.DocumentLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every OpenSpec fixture file loads as a document whose bytes are the file's bytes (BOM, CRLF and all). */
class FixtureBytesTest {

    @Test
    void everyFixtureFileLoadsWithItsExactBytes() throws IOException {
        Path root = Fixtures.path("");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(150);
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            DocumentLoader.Loaded loaded = DocumentLoader.load("fixtures", root, rel);
            assertThat(loaded.problem()).as(rel).isNull();
            assertThat(loaded.document().bytes()).as(rel).isEqualTo(Files.readAllBytes(f));
        }
    }

    @Test
    void crlfAndBomFixturesKeptTheirBytes() throws IOException {
        byte[] spec = Files.readAllBytes(Fixtures.path("messy-specs/openspec/specs/crlf-bom/spec.md"));
        assertThat(spec[0]).isEqualTo((byte) 0xEF);
        assertThat(new String(spec, java.nio.charset.StandardCharsets.UTF_8)).contains("\r\n");
        byte[] tasks = Files.readAllBytes(Fixtures.path("messy-changes/openspec/changes/crlf-bom-change/tasks.md"));
        assertThat(tasks[0]).isEqualTo((byte) 0xEF);
    }
}
