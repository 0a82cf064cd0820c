package io.specgraph.graph.gate.openspec;

import io.specgraph.graph.gate.ItemCheck;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.Layout;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.OpenSpecChange;
import io.specgraph.model.OpenSpecDelta;
import io.specgraph.model.OpenSpecProject;
import io.specgraph.model.OpenSpecSpec;
import io.specgraph.model.OpenSpecTaskFile;

import java.util.List;

/**
 * {@code openspec validate --all} rule for rule (npm {@code @fission-ai/openspec} 1.13.2): every OpenSpec capability
 * is validated as {@code openspec validate <spec>} does, every active change as {@code openspec validate <change>}
 * does; archived changes are not items. Each issue becomes a finding with OpenSpec's message and level (rule ids
 * {@code OS1}–{@code OS38}, {@link OpenSpecRules}); the item's verdicts come from those levels alone, so a policy
 * that changes severities never changes them.
 */
public final class OpenSpecValidator implements ItemCheck {

    private static final String MAIN_ROOT = "openspec";

    @Override
    public Item validate(Node node, RuleContext ctx) {
        if (node.layout() != Layout.OPENSPEC) {
            return null;
        }
        if (node.kind() == NodeKind.CAPABILITY) {
            return spec(node);
        }
        if (node.kind() == NodeKind.CHANGE) {
            List<OpenSpecChange> changes = node.parts().get(OpenSpecChange.class);
            if (changes.isEmpty() || changes.get(0).archived()) {
                return null;
            }
            return change(node, changes.get(0), ctx);
        }
        return null;
    }

    private static Item spec(Node node) {
        Report out = new Report(node.repo(), node.id());
        List<OpenSpecSpec> specs = node.parts().get(OpenSpecSpec.class);
        String id;
        if (specs.isEmpty()) {
            id = capabilityOf(node);
            out.error(OpenSpecRules.SPEC_UNREADABLE, node.path(), 0, "Could not read " + node.path());
        } else {
            id = specs.get(0).capability();
            SpecValidation.validate(specs.get(0), out);
        }
        return new Item(node.repo(), "spec", id, out.findings(), out.valid(), out.validStrict());
    }

    private static Item change(Node node, OpenSpecChange change, RuleContext ctx) {
        Report out = new Report(node.repo(), node.id());
        List<OpenSpecProject> projects = node.parts().get(OpenSpecProject.class);
        OpenSpecProject project = projects.isEmpty() ? null : projects.get(0);
        ChangeValidation.validate(change, project, node.parts().get(OpenSpecDelta.class),
                node.parts().get(OpenSpecTaskFile.class), new MainSpecs(ctx.graph(), node.repo(), change.root()), out);
        return new Item(node.repo(), "change", change.name(), out.findings(), out.valid(), out.validStrict());
    }

    /** The capability path of a spec node whose file could not be parsed, from its path. */
    private static String capabilityOf(Node node) {
        String path = node.path();
        int specs = path.indexOf(MAIN_ROOT + "/specs/");
        if (specs >= 0 && path.endsWith("/spec.md")) {
            return path.substring(specs + MAIN_ROOT.length() + "/specs/".length(), path.length() - "/spec.md".length());
        }
        return node.id();
    }
}
