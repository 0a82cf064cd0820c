package io.specgraph.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of node in the spec graph (model.md §2). */
public enum NodeKind {
    CONSTITUTION("constitution"),
    INITIATIVE("initiative"),
    PLATFORM_SPEC("platform-spec"),
    COMPONENT_SPEC("component-spec"),
    CONTRACT("contract"),
    ADR("adr"),
    CONTEXT_PACK("context-pack"),
    DOMAIN("domain"),
    BUG("bug"),
    HOTFIX("hotfix"),
    CAPABILITY("capability"),
    CHANGE("change"),
    PLAN("plan"),
    TASKS("tasks");

    private final String label;

    NodeKind(String label) {
        this.label = label;
    }

    /** The kebab-case name used in files, JSON and the command line. */
    public String label() {
        return label;
    }

    /** True for the seed-model spec kinds the five gates apply to. */
    public boolean isGatedSpec() {
        return this == PLATFORM_SPEC || this == COMPONENT_SPEC;
    }

    /** True for kinds that follow the spec lifecycle (gates.md §3). */
    public boolean hasSpecLifecycle() {
        return switch (this) {
            case INITIATIVE, PLATFORM_SPEC, COMPONENT_SPEC, BUG, HOTFIX, CONTRACT -> true;
            default -> false;
        };
    }

    /** Parses a kind written in a document ({@code kind: platform-spec}, {@code Platform Spec}, {@code ADR}). */
    public static Optional<NodeKind> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (NodeKind kind : values()) {
            if (kind.label.equals(norm)) {
                return Optional.of(kind);
            }
        }
        return switch (norm) {
            case "component-specification" -> Optional.of(COMPONENT_SPEC);
            case "platform-specification" -> Optional.of(PLATFORM_SPEC);
            case "contract-spec" -> Optional.of(CONTRACT);
            case "decision", "architecture-decision" -> Optional.of(ADR);
            case "epic", "roadmap" -> Optional.of(INITIATIVE);
            case "bug-spec" -> Optional.of(BUG);
            case "hotfix-spec" -> Optional.of(HOTFIX);
            case "pack" -> Optional.of(CONTEXT_PACK);
            default -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
