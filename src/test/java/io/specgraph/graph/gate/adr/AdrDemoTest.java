package io.specgraph.graph.gate.adr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.engine.Demo;
import io.specgraph.model.Finding;
import io.specgraph.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The ADR format findings on the built-in demo agree with its oracle's {@code formatFindings}. */
class AdrDemoTest {

    @TempDir
    Path dir;

    @Test
    void adrFormatFindingsOnTheDemoAreTheOraclesAndNoSpecKitRuleFires() throws Exception {
        AdrFixture demo = AdrFixture.load(Demo.write(dir.resolve("demo")).dir());
        JsonNode nodes;
        try (InputStream in = AdrDemoTest.class.getResourceAsStream("/demo-expectations.json")) {
            nodes = new ObjectMapper().readTree(in).path("nodes");
        }
        int adrs = 0;
        for (Map.Entry<String, JsonNode> e : nodes.properties()) {
            if (!e.getValue().path("kind").asText().equals(NodeKind.ADR.label())) {
                continue;
            }
            adrs++;
            List<String> expected = new ArrayList<>();
            e.getValue().path("formatFindings").forEach(x -> expected.add(x.asText()));
            List<Finding> actual = demo.format().stream()
                    .filter(f -> e.getKey().equals(f.repo() + "/" + f.node())).toList();
            assertThat(actual).as(e.getKey()).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                assertThat(actual.get(i).message()).as(e.getKey()).startsWith(expected.get(i));
            }
        }
        assertThat(adrs).isEqualTo(12);
        assertThat(demo.format()).extracting(f -> f.repo() + "/" + f.node(), Finding::rule, Finding::line)
                .containsExactly(tuple("shipping/ADR-2", "ADR3", 9),
                        tuple("shipping/ADR-3", "ADR3", 9));
        assertThat(demo.workspace().findings()).extracting(Finding::rule).noneMatch(r -> r.matches("SK[1-6]"));
    }
}
