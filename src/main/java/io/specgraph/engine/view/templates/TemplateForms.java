package io.specgraph.engine.view.templates;

import io.specgraph.engine.Workspace;
import io.specgraph.graph.Lifecycle;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import io.specgraph.parse.Document;
import io.specgraph.template.FormContext;
import io.specgraph.template.FormDefinition;
import io.specgraph.template.Forms;
import io.specgraph.template.Template;
import io.specgraph.template.TemplateCatalog;
import io.specgraph.template.TemplateKind;

import java.util.List;

/** The template catalog and forms of a workspace snapshot. */
public final class TemplateForms {

    private static final Lifecycle LIFECYCLE = new Lifecycle();
    /** The ADR states in the order of the decision flow (the enum lists the spec states first). */
    private static final List<LifecycleState> ADR_ORDER = List.of(LifecycleState.PROPOSED, LifecycleState.IN_REVIEW,
            LifecycleState.APPROVED, LifecycleState.REJECTED, LifecycleState.SUPERSEDED, LifecycleState.DEPRECATED);

    private TemplateForms() {
    }

    /** The templates that apply in {@code ws}: its repos' own, its platform's {@code templates/}, the built-in ones. */
    public static TemplateCatalog catalog(Workspace ws) {
        return TemplateCatalog.of(ws.graph().repos());
    }

    /** The lifecycle states per kind (graph.Lifecycle) and the sections {@code ws}'s gates policy requires. */
    public static FormContext context(Workspace ws) {
        return new FormContext(TemplateForms::states, ws.gates().policy().requiredSections());
    }

    /** The states a status of {@code kind} may take, in lifecycle order; empty for kinds without a lifecycle. */
    public static List<LifecycleState> states(NodeKind kind) {
        if (!Lifecycle.hasLifecycle(kind)) {
            return List.of();
        }
        java.util.Set<LifecycleState> states = LIFECYCLE.states(kind);
        List<LifecycleState> order = kind == NodeKind.ADR ? ADR_ORDER : List.of(LifecycleState.values());
        return order.stream().filter(states::contains).toList();
    }

    /** The form of {@code template} in {@code ws}. */
    public static FormDefinition form(Workspace ws, Template template) {
        return Forms.of(template, context(ws));
    }

    /** The form of an existing document of {@code kind} (read as {@code nodeKind}) in {@code ws}. */
    public static FormDefinition form(Workspace ws, Document doc, TemplateKind kind, NodeKind nodeKind) {
        return Forms.of(doc, kind, nodeKind, context(ws));
    }
}
