package io.specgraph.engine.view.templates;

import io.specgraph.engine.Workspace;
import io.specgraph.model.RepoSpec;
import io.specgraph.template.BuiltinTemplates;
import io.specgraph.template.FormDefinition;
import io.specgraph.template.Necessity;
import io.specgraph.template.Section;
import io.specgraph.template.TemplateCatalog;
import io.specgraph.template.TemplateKind;
import io.specgraph.template.TemplateOrigin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateFormsTest {

    @TempDir
    Path tmp;

    private Workspace platformWith(String policy) throws IOException {
        Path platform = tmp.resolve("platform");
        Files.createDirectories(platform.resolve("constitution"));
        Files.writeString(platform.resolve("constitution/constitution.md"), "# C\n\nPrinciples.\n");
        if (policy != null) {
            Files.writeString(platform.resolve("constitution/gates.yaml"), policy);
        }
        Files.createDirectories(platform.resolve("templates"));
        Files.writeString(platform.resolve("templates/bug.md"), "# [Bug]\n\n## Metadata\n- ID:\n- Kind: bug\n");
        return Workspace.load(List.of(RepoSpec.ofFolder(platform)));
    }

    @Test
    void statusOffersTheLifecycleStatesOfTheKind() throws IOException {
        Workspace ws = platformWith(null);
        FormDefinition adr = TemplateForms.form(ws, BuiltinTemplates.of(TemplateKind.ADR_MADR));
        assertThat(adr.field("status").orElseThrow().options())
                .containsExactly("Proposed", "In Review", "Approved", "Rejected", "Superseded", "Deprecated");
        FormDefinition spec = TemplateForms.form(ws, BuiltinTemplates.of(TemplateKind.PLATFORM_SPEC));
        assertThat(spec.field("status").orElseThrow().options()).containsExactly("Planned", "Discovery", "Draft",
                "Approved", "Implementing", "Done", "Paused", "Blocked");
    }

    @Test
    void thePolicysRequiredSectionsAreRequiredByRs1() throws IOException {
        Workspace ws = platformWith("required_sections:\n  platform-spec: [Rollout, Risks]\n");
        FormDefinition spec = TemplateForms.form(ws, BuiltinTemplates.of(TemplateKind.PLATFORM_SPEC));
        Section rollout = spec.section("Rollout").orElseThrow();
        assertThat(rollout.necessity()).isEqualTo(Necessity.REQUIRED);
        assertThat(rollout.rule()).isEqualTo("RS1");
        assertThat(spec.requiredSections()).extracting(Section::title)
                .containsExactly("NFRs", "Observability", "Risks", "Rollout", "Acceptance Criteria");
    }

    @Test
    void theWorkspaceCatalogReadsThePlatformTemplatesFolder() throws IOException {
        TemplateCatalog catalog = TemplateForms.catalog(platformWith(null));
        assertThat(catalog.template(TemplateKind.BUG).origin()).isEqualTo(TemplateOrigin.PLATFORM_FOLDER);
        assertThat(catalog.template(TemplateKind.HOTFIX).origin()).isEqualTo(TemplateOrigin.BUILT_IN);
    }
}
