package io.specgraph.template;

import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import io.specgraph.parse.Document;
import io.specgraph.parse.DocumentLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FormsTest {

    @ParameterizedTest
    @EnumSource(TemplateKind.class)
    void everyBuiltInTemplateRendersUnchangedToIdenticalBytes(TemplateKind kind) {
        Template t = BuiltinTemplates.of(kind);
        FormDefinition form = Forms.of(t);
        Map<String, String> own = new java.util.HashMap<>();
        form.fields().forEach(f -> own.put(f.key(), f.value()));
        assertThat(form.render(Map.of()).bytes()).isEqualTo(t.bytes());
        assertThat(form.render(own).bytes()).isEqualTo(t.bytes());
        assertThat(form.fields().size() + form.sections().size()).as("fields and sections of " + kind).isPositive();
    }

    @Test
    void platformSpecFieldsAreTypedFromTheirKeys() {
        FormContext ctx = new FormContext(k -> List.of(LifecycleState.DRAFT, LifecycleState.APPROVED), Map.of());
        FormDefinition form = Forms.of(BuiltinTemplates.of(TemplateKind.PLATFORM_SPEC), ctx);
        assertThat(form.nodeKind()).isEqualTo(NodeKind.PLATFORM_SPEC);
        Field pack = form.field("Context Pack").orElseThrow();
        assertThat(pack.type()).isEqualTo(FieldType.REFERENCE);
        assertThat(pack.versioned()).isTrue();
        assertThat(pack.targets()).containsExactly("context-pack");
        assertThat(pack.necessity()).isEqualTo(Necessity.REQUIRED);
        assertThat(pack.rule()).isEqualTo("CC1");
        assertThat(pack.guidance()).contains("cp-checkout v2");
        assertThat(pack.value()).isEmpty();
        Field blocked = form.field("blocked_by").orElseThrow();
        assertThat(blocked.type()).isEqualTo(FieldType.REFERENCE_LIST);
        assertThat(blocked.targetKinds()).containsExactly(NodeKind.ADR);
        Field status = form.field("status").orElseThrow();
        assertThat(status.type()).isEqualTo(FieldType.ENUM);
        assertThat(status.options()).containsExactly("Draft", "Approved");
        assertThat(status.value()).isEqualTo("Draft");
        assertThat(form.field("version").orElseThrow().type()).isEqualTo(FieldType.VERSION);
        assertThat(form.field("id").orElseThrow().type()).isEqualTo(FieldType.ID);
        assertThat(form.field("heading").orElseThrow().placeholder()).isTrue();
    }

    @Test
    void sectionsCarryGuidanceSourcesAndTheRulesThatRequireThem() {
        FormDefinition form = Forms.of(BuiltinTemplates.of(TemplateKind.COMPONENT_SPEC));
        Section acceptance = form.section("Acceptance Criteria").orElseThrow();
        assertThat(acceptance.necessity()).isEqualTo(Necessity.REQUIRED);
        assertThat(acceptance.rule()).isEqualTo("RI3");
        assertThat(acceptance.guidance()).contains("Given");
        assertThat(form.section("Observability").orElseThrow().rule()).isEqualTo("NF1");
        assertThat(form.section("NFRs").orElseThrow().rule()).isEqualTo("NF2, NF3");
        Section problem = form.section("Problem Statement").orElseThrow();
        assertThat(problem.sourced()).isTrue();
        assertThat(problem.source()).startsWith("[Platform MCP");
        assertThat(problem.necessity()).isEqualTo(Necessity.EXPECTED);
        assertThat(form.section("Testing").orElseThrow().necessity()).isEqualTo(Necessity.OPTIONAL);
        assertThat(form.section("Metadata")).isEmpty();
    }

    @Test
    void madrOptionalSectionsAndNygardStatusSection() {
        FormDefinition madr = Forms.of(BuiltinTemplates.of(TemplateKind.ADR_MADR));
        assertThat(madr.section("Decision Drivers").orElseThrow().optional()).isTrue();
        assertThat(madr.section("Considered Options").orElseThrow().necessity()).isEqualTo(Necessity.EXPECTED);
        assertThat(madr.field("decision-makers").orElseThrow().type()).isEqualTo(FieldType.TEXT_LIST);
        assertThat(madr.field("status").orElseThrow().rule()).isEqualTo("ADR1");
        FormDefinition nygard = Forms.of(BuiltinTemplates.of(TemplateKind.ADR_NYGARD));
        Field status = nygard.field("status").orElseThrow();
        assertThat(status.value()).isEqualTo("Proposed");
        assertThat(nygard.section("Status").orElseThrow().rule()).isEqualTo("ADR1");
        assertThat(nygard.field("date").orElseThrow().placeholder()).isTrue();
    }

    @Test
    void contractCompatibilityIsConditionalAndFrontMatterValuesRenderAsYaml() {
        FormDefinition form = Forms.of(BuiltinTemplates.of(TemplateKind.CONTRACT));
        assertThat(form.section("Compatibility Plan").orElseThrow().necessity()).isEqualTo(Necessity.CONDITIONAL);
        String out = form.render(Map.of("id", "CONTRACT-14", "consumers", "cart, shipping", "title", "Quote: v2",
                "breaking", "yes")).text();
        assertThat(out).contains("id: CONTRACT-14\n", "consumers: [cart, shipping]\n", "title: \"Quote: v2\"\n",
                "breaking: yes\n");
    }

    @Test
    void renderKeepsCrlfBomAndEverythingNotEdited() {
        String text = "\uFEFF# T\r\n\r\n## Metadata\r\n- ID: X-1\r\n- Status: Draft   \r\n\r\n## Body\r\nkeep  \r\n";
        Document doc = DocumentLoader.fromBytes("r", "a.md", text.getBytes(StandardCharsets.UTF_8)).document();
        FormDefinition form = Forms.of(doc, TemplateKind.COMPONENT_SPEC, NodeKind.COMPONENT_SPEC, FormContext.NONE);
        assertThat(form.render(Map.of("status", "Draft")).bytes()).isEqualTo(doc.bytes());
        byte[] out = form.render(Map.of("status", "Approved"), Map.of("Body", "new\n")).bytes();
        assertThat(new String(out, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF# T\r\n\r\n## Metadata\r\n- ID: X-1\r\n- Status: Approved   \r\n\r\n"
                        + "## Body\r\nnew\r\n");
    }

    @Test
    void fillingClearsPlaceholdersNotGivenAndDropsTheGuidanceOfFilledFields() {
        FormDefinition task = Forms.of(BuiltinTemplates.of(TemplateKind.FAN_OUT_TASK));
        assertThat(task.field("component_repo").orElseThrow().placeholder()).isTrue();
        assertThat(task.field("contract_change").orElseThrow().options()).containsExactly("yes", "no");
        String out = Forms.fill(task, Map.of("task", "T040 Points in specs/SPEC-CART-08-points.md",
                "platform_spec_id", "PLAT-131 v1")).text();
        assertThat(out).isEqualTo("- [ ] T040 Points in specs/SPEC-CART-08-points.md\n  - component_repo: \n"
                + "  - platform_spec_id: PLAT-131 v1\n  - context_pack_version: \n  - contract_change: no\n"
                + "  - blocked_by: []\n");
        FormDefinition spec = Forms.of(BuiltinTemplates.of(TemplateKind.COMPONENT_SPEC));
        String filled = Forms.fill(spec, Map.of("implements", "PLAT-131 v1", "blocked_by", "ADR-1, ADR-2")).text();
        assertThat(filled).contains("- Implements: PLAT-131 v1\n", "- Blocked By: [ADR-1, ADR-2]\n",
                "- Context Pack: <!-- the pack");
    }
}
