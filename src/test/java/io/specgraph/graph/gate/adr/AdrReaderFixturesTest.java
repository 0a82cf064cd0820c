package io.specgraph.graph.gate.adr;

import io.specgraph.model.Finding;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Every ADR reader fixture, loaded as a workspace: it loads, and the ADR format rules say what they should. */
class AdrReaderFixturesTest {

    /** ADR3–ADR5 findings per rule for each fixture (absent: none). */
    private static final Map<String, Map<String, Integer>> EXPECTED = Map.of(
            "legacy", Map.of("ADR3", 1),
            "statuses", Map.of("ADR3", 1, "ADR5", 1),
            "supersede", Map.of("ADR3", 7, "ADR4", 2, "ADR5", 1));

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(AdrFixture.FIXTURES.resolve("adr"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void loadsAndReportsTheExpectedAdrFormatFindings(String name) {
        AdrFixture fx = AdrFixture.load("adr/" + name);
        Map<String, Integer> counts = fx.format().stream()
                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.summingInt(f -> 1)));
        assertThat(counts).isEqualTo(new TreeMap<>(EXPECTED.getOrDefault(name, Map.of())));
        if (!name.startsWith("adr-dir")) {
            assertThat(fx.workspace().graph().nodes()).filteredOn(n -> n.kind() == NodeKind.ADR).isNotEmpty();
        }
    }

    @Test
    void theSupersedeFixtureSaysWhyForEachLink() {
        AdrFixture fx = AdrFixture.load("adr/supersede");
        assertThat(fx.findings("ADR4")).extracting(Finding::node, Finding::severity, Finding::message).containsExactly(
                tuple("ADR-7", Severity.INFO, "supersede link of ADR-7 points outside the workspace: "
                        + "https://github.com/other-org/other-repo/blob/main/docs/adr/0008-x.md "
                        + "(the graph reads it as ADR-8 by its label)"),
                tuple("ADR-10", Severity.INFO, "supersede link of ADR-10 points outside the workspace: "
                        + "https://github.com/org/repo/discussions/42"));
        // Mirrored pairs (ADR-1/ADR-20, ADR-2/ADR-3, ADR-15/ADR-16) are quiet; a dangling link is LG1's alone.
        assertThat(fx.findings("ADR3")).extracting(Finding::node)
                .containsExactly("ADR-5", "ADR-8", "ADR-12", "ADR-13", "ADR-14", "ADR-14", "ADR-21");
        assertThat(fx.findings("ADR5")).extracting(Finding::node, Finding::line).containsExactly(tuple("ADR-22", 5));
        assertThat(fx.format()).extracting(Finding::node).doesNotContain("ADR-4", "ADR-11");
    }
}
