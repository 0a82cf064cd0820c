package io.specgraph.template;

/** Where a template came from, in the order a repo's templates win over each other and over the built-in ones. */
public enum TemplateOrigin {
    /** spec-kit {@code .specify/templates/overrides/} (priority 1). */
    SPEC_KIT_OVERRIDE("spec-kit override"),
    /** spec-kit {@code .specify/presets/<id>/templates/}, by the preset registry's priority (priority 2). */
    SPEC_KIT_PRESET("spec-kit preset"),
    /** spec-kit {@code .specify/extensions/<id>/templates/} (priority 3). */
    SPEC_KIT_EXTENSION("spec-kit extension"),
    /** spec-kit {@code .specify/templates/} (priority 4). */
    SPEC_KIT_CORE("spec-kit core"),
    /** An OpenSpec project schema's {@code openspec/schemas/<schema>/templates/}. */
    OPENSPEC_SCHEMA("OpenSpec schema"),
    /** An ADR log's {@code templates/template.md} (adr-tools). */
    ADR_LOG("adr-tools template"),
    /** The repo's own {@code templates/} folder. */
    REPO_FOLDER("repo templates/"),
    /** A platform repo's {@code templates/} folder, for every repo of the workspace. */
    PLATFORM_FOLDER("platform templates/"),
    /** Shipped with Specgraph. */
    BUILT_IN("built-in");

    private final String label;

    TemplateOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
