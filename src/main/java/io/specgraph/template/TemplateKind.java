package io.specgraph.template;

import io.specgraph.model.NodeKind;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents Specgraph has a template for (issue 6): one built-in template each, which a repo's own template
 * replaces when it has one ({@link TemplateCatalog}).
 */
public enum TemplateKind {
    INITIATIVE("initiative", NodeKind.INITIATIVE, "Initiative"),
    PLATFORM_SPEC("platform-spec", NodeKind.PLATFORM_SPEC, "Platform spec"),
    COMPONENT_SPEC("component-spec", NodeKind.COMPONENT_SPEC, "Component spec"),
    CONTRACT("contract", NodeKind.CONTRACT, "Contract spec"),
    ADR_NYGARD("adr-nygard", NodeKind.ADR, "ADR (Nygard, adr-tools)"),
    ADR_MADR("adr-madr", NodeKind.ADR, "ADR (MADR 4)"),
    BUG("bug", NodeKind.BUG, "Bug spec"),
    HOTFIX("hotfix", NodeKind.HOTFIX, "Hotfix spec"),
    FAN_OUT_TASK("fan-out-task", null, "Fan-out task"),
    OPENSPEC_PROPOSAL("openspec-proposal", NodeKind.CHANGE, "OpenSpec change proposal"),
    OPENSPEC_TASKS("openspec-tasks", null, "OpenSpec change tasks"),
    OPENSPEC_DELTA("openspec-delta-spec", null, "OpenSpec delta spec"),
    SPEC_KIT_SPEC("spec-kit-spec", null, "spec-kit feature spec"),
    DESIGN_DOC("engineering-design", null, "Engineering design document");

    private final String label;
    private final NodeKind nodeKind;
    private final String title;

    TemplateKind(String label, NodeKind nodeKind, String title) {
        this.label = label;
        this.nodeKind = nodeKind;
        this.title = title;
    }

    /** The kebab-case name: the built-in resource is {@code <label>.md}, a repo's {@code templates/<label>.md}. */
    public String label() {
        return label;
    }

    /** The node kind a document of this template reads as; empty for parts of a node (tasks, delta specs, design). */
    public Optional<NodeKind> nodeKind() {
        return Optional.ofNullable(nodeKind);
    }

    /** A name for menus. */
    public String title() {
        return title;
    }

    /** The kind's node kind, or the spec kind a spec-kit feature reads as in a repo of {@code role}. */
    public NodeKind nodeKindOr(NodeKind fallback) {
        return nodeKind == null ? fallback : nodeKind;
    }

    /**
     * File names a repo's {@code templates/} folder may use for this kind (the label, {@code <label>-template},
     * and common spellings).
     */
    public List<String> repoFileNames() {
        List<String> names = new java.util.ArrayList<>(List.of(label + ".md", label + "-template.md"));
        switch (this) {
            case CONTRACT -> names.addAll(List.of("contract-spec.md", "contract-spec-template.md"));
            case ADR_NYGARD, ADR_MADR -> names.addAll(List.of("adr.md", "adr-template.md"));
            case BUG -> names.addAll(List.of("bug-spec.md", "bug-spec-template.md"));
            case HOTFIX -> names.addAll(List.of("hotfix-spec.md", "hotfix-spec-template.md"));
            case DESIGN_DOC -> names.addAll(List.of("design.md", "design-template.md"));
            default -> {
                // the label spellings only
            }
        }
        return List.copyOf(names);
    }

    /**
     * The first-level heading a new document of this kind gets: the title, with the prefix the kind's readers
     * strip again ({@code 3. Title} for adr-tools, {@code Feature Specification: Title}, {@code Change: Title}).
     */
    public String heading(String number, String title) {
        return switch (this) {
            case ADR_NYGARD -> (number == null || number.isBlank() ? "" : number + ". ") + title;
            case SPEC_KIT_SPEC -> "Feature Specification: " + title;
            case OPENSPEC_PROPOSAL -> "Change: " + title;
            case DESIGN_DOC -> "Engineering Design: " + title;
            default -> title;
        };
    }

    /** The kind with {@code label}, ignoring case. */
    public static Optional<TemplateKind> fromLabel(String label) {
        String norm = label == null ? "" : label.trim().toLowerCase(Locale.ROOT);
        for (TemplateKind k : values()) {
            if (k.label.equals(norm)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
