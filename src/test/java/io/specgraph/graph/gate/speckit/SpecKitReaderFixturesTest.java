package io.specgraph.graph.gate.speckit;

import io.specgraph.model.Finding;
import io.specgraph.model.Layout;
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

/** Every spec-kit reader fixture, loaded as a workspace: it loads, and the SK rules say what they should. */
class SpecKitReaderFixturesTest {

    /** SK findings per rule for each fixture (absent: none). */
    private static final Map<String, Map<String, Integer>> EXPECTED = Map.of(
            "cjk", Map.of("SK1", 1, "SK2", 1, "SK4", 2),
            "crlf-bom", Map.of("SK1", 1, "SK3", 1, "SK4", 1),
            "fork", Map.of("SK4", 1),
            "full-feature", Map.of("SK1", 5, "SK2", 1, "SK4", 1, "SK5", 2),
            "plan-only", Map.of("SK1", 1),
            "same-numbers", Map.of("SK4", 1),
            "template-only", Map.of("SK6", 9));

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(RuleFixture.FIXTURES.resolve("speckit"))) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void loadsAndReportsTheExpectedSpecKitFindings(String name) {
        RuleFixture fx = RuleFixture.load("speckit/" + name);
        assertThat(fx.workspace().graph().nodes()).filteredOn(n -> n.layout() == Layout.SPEC_KIT).isNotEmpty();
        Map<String, Integer> counts = fx.specKit().stream()
                .collect(Collectors.groupingBy(Finding::rule, TreeMap::new, Collectors.summingInt(f -> 1)));
        assertThat(counts).isEqualTo(new TreeMap<>(EXPECTED.getOrDefault(name, Map.of())));
        assertThat(fx.specKit()).allSatisfy(f -> {
            assertThat(f.node()).isNotBlank();
            assertThat(f.path()).isNotBlank();
            assertThat(f.line()).isPositive();
        });
    }
}
