package io.specgraph.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCatalogTest {

    @TempDir
    Path tmp;

    private Path write(String rel, String text) throws IOException {
        Path p = tmp.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    private static List<String> order(TemplateCatalog c, String repo) {
        return c.candidates(TemplateKind.SPEC_KIT_SPEC, repo).stream().map(Template::path).toList();
    }

    @Test
    void specKitOverrideOrderIsOverridesPresetsByRegistryExtensionsThenCore() throws IOException {
        String base = "kit/.specify/";
        write(base + "templates/spec-template.md", "# core\n");
        write(base + "extensions/b-ext/templates/spec-template.md", "# ext b\n");
        write(base + "extensions/a-ext/templates/spec-template.md", "# ext a\n");
        write(base + "extensions/.hidden/templates/spec-template.md", "# hidden\n");
        write(base + "presets/alpha/templates/spec-template.md", "# preset alpha\n");
        write(base + "presets/beta/templates/spec-template.md", "# preset beta\n");
        write(base + "presets/gamma/templates/spec-template.md", "# preset gamma\n");
        write(base + "presets/.registry", "{\"presets\": {\"alpha\": {\"priority\": 20}, \"beta\": {\"priority\": 5},"
                + " \"gamma\": {\"priority\": 1, \"enabled\": false}}}");
        Path over = write(base + "templates/overrides/spec-template.md", "# override\n");

        TemplateCatalog c = TemplateCatalog.ofFolders(List.of(tmp.resolve("kit")));
        assertThat(order(c, "kit")).containsExactly(
                ".specify/templates/overrides/spec-template.md",
                ".specify/presets/beta/templates/spec-template.md",
                ".specify/presets/alpha/templates/spec-template.md",
                ".specify/extensions/a-ext/templates/spec-template.md",
                ".specify/extensions/b-ext/templates/spec-template.md",
                ".specify/templates/spec-template.md",
                "builtin/spec-kit-spec.md");
        Template winner = c.template(TemplateKind.SPEC_KIT_SPEC, "kit");
        assertThat(winner.origin()).isEqualTo(TemplateOrigin.SPEC_KIT_OVERRIDE);
        assertThat(winner.text()).isEqualTo("# override\n");
        assertThat(c.template(TemplateKind.SPEC_KIT_SPEC).builtIn()).as("other repos keep the built-in").isTrue();

        Files.delete(over);
        Files.delete(tmp.resolve(base + "presets/.registry"));
        TemplateCatalog noRegistry = TemplateCatalog.ofFolders(List.of(tmp.resolve("kit")));
        assertThat(order(noRegistry, "kit")).as("without a registry presets go by folder name").startsWith(
                ".specify/presets/alpha/templates/spec-template.md",
                ".specify/presets/beta/templates/spec-template.md",
                ".specify/presets/gamma/templates/spec-template.md");
        assertThat(noRegistry.template(TemplateKind.SPEC_KIT_SPEC, "kit").origin())
                .isEqualTo(TemplateOrigin.SPEC_KIT_PRESET);
    }

    @Test
    void platformTemplatesFolderAppliesEverywhereAndARepoFolderOnlyToItsRepo() throws IOException {
        write("platform/constitution/constitution.md", "# C\n\nRules.\n");
        write("platform/templates/platform-spec.md", "# [Title]\n\n## Metadata\n- ID:\n");
        write("platform/templates/adr-template.md", "# [Title]\n\n## Status\n\nProposed\n");
        write("cart/specs/.keep", "");
        write("cart/templates/platform-spec.md", "# cart's own\n");
        TemplateCatalog c = TemplateCatalog.ofFolders(List.of(tmp.resolve("platform"), tmp.resolve("cart")));

        assertThat(c.template(TemplateKind.PLATFORM_SPEC).origin()).isEqualTo(TemplateOrigin.PLATFORM_FOLDER);
        assertThat(c.template(TemplateKind.PLATFORM_SPEC, "platform").where())
                .isEqualTo("platform/templates/platform-spec.md");
        assertThat(c.template(TemplateKind.PLATFORM_SPEC, "cart").where()).isEqualTo("cart/templates/platform-spec.md");
        assertThat(c.candidates(TemplateKind.PLATFORM_SPEC, "cart")).extracting(Template::origin).containsExactly(
                TemplateOrigin.REPO_FOLDER, TemplateOrigin.PLATFORM_FOLDER, TemplateOrigin.BUILT_IN);
        assertThat(c.template(TemplateKind.ADR_MADR).path()).isEqualTo("templates/adr-template.md");
        assertThat(c.template(TemplateKind.ADR_NYGARD).path()).isEqualTo("templates/adr-template.md");
        assertThat(c.template(TemplateKind.HOTFIX).builtIn()).isTrue();

        List<TemplateCatalog.Entry> entries = c.entries();
        assertThat(entries).filteredOn(e -> e.repo().isEmpty()).hasSize(TemplateKind.values().length);
        assertThat(entries).filteredOn(e -> e.repo().equals("cart"))
                .extracting(TemplateCatalog.Entry::kind).containsExactly(TemplateKind.PLATFORM_SPEC);
    }

    @Test
    void openSpecSchemaTemplatesAndAdrLogTemplatesApplyToTheirRepo() throws IOException {
        write("shipping/openspec/config.yaml", "schema: lean # our own\ncontext: x\n");
        write("shipping/openspec/schemas/lean/templates/proposal.md", "## Why\n");
        write("shipping/openspec/schemas/lean/templates/tasks.md", "## 1. Tasks\n");
        write("shipping/openspec/schemas/spec-driven/templates/proposal.md", "## Not used\n");
        write("shipping/.adr-dir", "docs/arch\n");
        write("shipping/docs/arch/templates/template.md", "# NUMBER. TITLE\n\nDate: DATE\n\n## Status\n\nSTATUS\n");
        TemplateCatalog c = TemplateCatalog.ofFolders(List.of(tmp.resolve("shipping")));

        Template proposal = c.template(TemplateKind.OPENSPEC_PROPOSAL, "shipping");
        assertThat(proposal.origin()).isEqualTo(TemplateOrigin.OPENSPEC_SCHEMA);
        assertThat(proposal.path()).isEqualTo("openspec/schemas/lean/templates/proposal.md");
        assertThat(c.template(TemplateKind.OPENSPEC_TASKS, "shipping").text()).isEqualTo("## 1. Tasks\n");
        assertThat(c.template(TemplateKind.OPENSPEC_DELTA, "shipping").builtIn()).isTrue();
        Template adr = c.template(TemplateKind.ADR_NYGARD, "shipping");
        assertThat(adr.origin()).isEqualTo(TemplateOrigin.ADR_LOG);
        FormDefinition form = Forms.of(adr);
        assertThat(form.field("date").orElseThrow().placeholder()).isTrue();
        assertThat(form.field("status").orElseThrow().placeholder()).isTrue();
    }

    @Test
    void aTemplateThatIsNotUtf8IsLeftOutWithAFinding() throws IOException {
        Path p = tmp.resolve("platform/templates/hotfix.md");
        Files.createDirectories(p.getParent());
        Files.createDirectories(tmp.resolve("platform/initiatives"));
        Files.write(p, new byte[]{'#', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        TemplateCatalog c = TemplateCatalog.ofFolders(List.of(tmp.resolve("platform")));
        assertThat(c.template(TemplateKind.HOTFIX).builtIn()).isTrue();
        assertThat(c.problems()).extracting(f -> f.rule()).containsExactly("RD3");
    }
}
