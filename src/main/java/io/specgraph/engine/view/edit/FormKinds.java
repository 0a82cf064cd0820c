package io.specgraph.engine.view.edit;

import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.template.TemplateKind;

import java.util.Optional;

/**
 * Which template's form shows a node's file in the editor: the template kind of its node kind, a spec-kit feature's
 * form for spec-kit specs, MADR for an ADR written with front matter (adr-tools' form otherwise), the OpenSpec
 * proposal for a change. Constitutions, context packs, domains, capabilities, plans and task lists have no form:
 * they open in the raw view.
 */
public final class FormKinds {

    private FormKinds() {
    }

    /** The template kind whose form models {@code node}'s main file holding {@code text}; empty when none does. */
    public static Optional<TemplateKind> of(Node node, String text) {
        boolean specKit = node.layout() == Layout.SPEC_KIT && node.path().endsWith("spec.md");
        return Optional.ofNullable(switch (node.kind()) {
            case INITIATIVE -> TemplateKind.INITIATIVE;
            case PLATFORM_SPEC -> specKit ? TemplateKind.SPEC_KIT_SPEC : TemplateKind.PLATFORM_SPEC;
            case COMPONENT_SPEC -> specKit ? TemplateKind.SPEC_KIT_SPEC : TemplateKind.COMPONENT_SPEC;
            case CONTRACT -> TemplateKind.CONTRACT;
            case ADR -> frontMatter(text) ? TemplateKind.ADR_MADR : TemplateKind.ADR_NYGARD;
            case BUG -> TemplateKind.BUG;
            case HOTFIX -> TemplateKind.HOTFIX;
            case CHANGE -> node.path().endsWith("proposal.md") ? TemplateKind.OPENSPEC_PROPOSAL : null;
            default -> null;
        });
    }

    /** Why {@code node} opens in the raw view only. */
    public static String rawOnly(Node node) {
        return "No form for " + node.kind().label() + " documents; " + node.id() + " is edited as markdown";
    }

    private static boolean frontMatter(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.startsWith("---\n") || t.startsWith("---\r");
    }
}
