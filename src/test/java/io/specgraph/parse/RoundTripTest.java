package io.specgraph.parse;

import org.junit.jupiter.api.Test;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fixture and demo document loads and writes back byte for byte (model.md §7, product principle 2). */
class RoundTripTest {

    @Test
    void everyTextFixtureAndDemoFileRoundTripsByteForByte() throws Exception {
        int checked = 0;
        List<String> notText = new ArrayList<>();
        for (String root : List.of("/fixtures", "/demo")) {
            Path dir = resource(root);
            List<Path> files;
            try (Stream<Path> s = Files.walk(dir)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                byte[] original = Files.readAllBytes(f);
                DocumentLoader.Loaded loaded = DocumentLoader.fromBytes("r", f.toString(), original);
                if (!loaded.ok()) {
                    notText.add(dir.relativize(f) + " " + loaded.problem().rule());
                    continue;
                }
                assertThat(loaded.document().bytes()).as(f.toString()).isEqualTo(original);
                Document touched = loaded.document().replace(0, 0, "");
                assertThat(touched.bytes()).as("empty edit of " + f).isEqualTo(original);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(600);
        assertThat(notText).allMatch(s -> s.endsWith("RD2") || s.endsWith("RD3"));
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Objects.requireNonNull(RoundTripTest.class.getResource(name)).toURI());
    }
}
