package io.specgraph.parse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.specgraph.model.Finding;
import io.specgraph.model.SpecGraphFile;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class SpecGraphJsonTest {

    private static final SpecGraphFile FILE = new SpecGraphFile(1, List.of(
            new SpecGraphFile.Entry("SPEC-CART-01", "component-spec", "cart", "specs/SPEC-CART-01.md", "v1", "Implementing",
                    List.of("PLAT-124@v1"), List.of("CONTRACT-10@v2", "ADR-100"), List.of("cart"), "cp-checkout@v2", 0),
            new SpecGraphFile.Entry("PLAT-124", "platform-spec", "platform", "platform-specs/PLAT-124.md", null, "Approved",
                    List.of(), List.of(), List.of(), null, 0)), "");

    @Test
    void writesSortedTwoSpaceJsonWithATrailingNewline() {
        String text = SpecGraphJson.write(FILE);
        assertThat(text).startsWith("{\n  \"nodes\": [\n    {\n      \"affects\": [\n        \"cart\"\n      ],\n").endsWith("\n  \"version\": 1\n}\n");
        assertThat(text.indexOf("\"SPEC-CART-01\"")).as("repo cart before repo platform")
                .isLessThan(text.indexOf("\"PLAT-124\""));
        assertThat(text).contains("\"dependsOn\": [\n        \"ADR-100\",\n        \"CONTRACT-10@v2\"\n      ]");
        assertThat(SpecGraphJson.write(FILE)).isEqualTo(text);
    }

    @Test
    void readsBackWhatItWritesWithLineNumbers() {
        String text = SpecGraphJson.write(FILE);
        List<Finding> findings = new ArrayList<>();
        SpecGraphFile read = SpecGraphJson.read("platform", DocumentLoader.fromBytes("platform", "spec-graph.json",
                text.getBytes(StandardCharsets.UTF_8)), findings);
        assertThat(findings).isEmpty();
        assertThat(read.nodes()).extracting(SpecGraphFile.Entry::id).containsExactly("SPEC-CART-01", "PLAT-124");
        assertThat(read.nodes().get(0).implementsRefs()).containsExactly("PLAT-124@v1");
        assertThat(read.nodes().get(0).contextPack()).isEqualTo("cp-checkout@v2");
        assertThat(read.nodes().get(0).line()).isEqualTo(3);
    }

    @Test
    void badJsonIsAFindingWithItsLine() {
        List<Finding> findings = new ArrayList<>();
        SpecGraphFile read = SpecGraphJson.read("p", DocumentLoader.fromBytes("p", "spec-graph.json",
                "{\"version\": 1,\n \"nodes\": [\n {\"id\": \"A\",, }\n]}".getBytes(StandardCharsets.UTF_8)), findings);
        assertThat(read).isNull();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo(ReadRules.BAD_YAML);
            assertThat(f.line()).isEqualTo(3);
        });
    }

    @Test
    void theSchemaDeclaresEveryFieldTheWriterWrites() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(Path.of("docs/spec-graph.schema.json")));
        Set<String> declared = new TreeSet<>();
        Iterator<String> names = schema.path("$defs").path("node").path("properties").fieldNames();
        names.forEachRemaining(declared::add);
        JsonNode written = new ObjectMapper().readTree(SpecGraphJson.write(FILE)).path("nodes").get(0);
        Set<String> fields = new TreeSet<>();
        written.fieldNames().forEachRemaining(fields::add);
        assertThat(declared).containsAll(fields);
        assertThat(schema.path("required").toString()).contains("nodes").contains("version");
    }
}
