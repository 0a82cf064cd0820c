package io.specgraph.parse.openspec;

import io.specgraph.model.OpenSpecChangeMeta;
import io.specgraph.model.OpenSpecConfig;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecSchema;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code .openspec.yaml} as the CLI reads it; expected strings checked against openspec 1.13.2. */
class ChangeMetaReaderTest {

    private static final OpenSpecProject PROJECT = new OpenSpecProject("openspec",
            new OpenSpecConfig("", null, null, null, Map.of(), null, List.of(), null),
            List.of(ProjectReader.broken("broken", "openspec/schemas/broken/schema.yaml", "Invalid schema at 'x'"),
                    OpenSpecSchema.SPEC_DRIVEN));

    private static OpenSpecChangeMeta read(String yaml) {
        return ChangeMetaReader.read(yaml, "openspec/changes/c/.openspec.yaml", PROJECT);
    }

    @Test
    void readsYaml12TypesSoDatesAndYesStayStrings() {
        OpenSpecChangeMeta m = read("schema: spec-driven\ncreated: 2025-01-15\ngoal: ship it\n");
        assertThat(m.valid()).isTrue();
        assertThat(m.created()).isEqualTo("2025-01-15");
        assertThat(read("schema: spec-driven\nskip_specs: yes\n").issues())
                .containsExactly("skip_specs: Invalid input: expected boolean, received string");
        assertThat(read("schema: spec-driven\nskip_specs: True\n").skipSpecs()).isTrue();
    }

    @Test
    void reportsZodIssuesInSchemaOrder() {
        assertThat(read("skip_specs: true\n").issues())
                .containsExactly("schema: Invalid input: expected string, received undefined");
        assertThat(read("schema: ''\n").issues()).containsExactly("schema: schema is required");
        assertThat(read("schema: 3\naffected_areas: ['', 2]\ninitiative: {store: a, id: b, x: 1}\n").issues())
                .containsExactly("schema: Invalid input: expected string, received number",
                        "affected_areas.0: Too small: expected string to have >=1 characters",
                        "affected_areas.1: Invalid input: expected string, received number",
                        "initiative: Unrecognized key: \"x\"");
        assertThat(read("").issues()).containsExactly("Invalid input: expected object, received null");
        assertThat(read("- a\n").issues()).containsExactly("Invalid input: expected object, received array");
    }

    @Test
    void skipSpecsMarkerIsHonouredOnlyForValidMetadataWithAKnownSchema() {
        assertThat(read("schema: spec-driven\nskip_specs: true\n").skipSpecsMarker().declared()).isTrue();
        assertThat(read("schema: custom-x\nskip_specs: true\n").skipSpecsMarker().invalidReason())
                .isEqualTo("schema: unknown schema 'custom-x'");
        assertThat(read("schema: broken\nskip_specs: true\n").skipSpecsMarker().invalidReason())
                .isEqualTo("Invalid schema at 'x'");
        assertThat(read("skip_specs: true\nschema: [a\n").skipSpecsMarker().invalidReason())
                .isEqualTo("the file is not valid YAML");
        assertThat(read("# maybe skip_specs later\nschema: [a\n").skipSpecsMarker())
                .isEqualTo(OpenSpecChangeMeta.Marker.NOT_DECLARED);
        assertThat(read("schema: 3\nskip_specs: false\n").skipSpecsMarker())
                .isEqualTo(OpenSpecChangeMeta.Marker.NOT_DECLARED);
        assertThat(read("schema: spec-driven\nretire_capabilities: true\n").retireMarker().declared()).isTrue();
    }

    @Test
    void duplicateKeysAreAYamlError() {
        OpenSpecChangeMeta m = read("schema: a\nschema: b\nskip_specs: true\n");
        assertThat(m.yamlError()).isEqualTo("Map keys must be unique");
        assertThat(m.valid()).isFalse();
        assertThat(m.skipSpecsMarker().invalidReason()).isEqualTo("the file is not valid YAML");
    }
}
