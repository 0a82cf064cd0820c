package io.specgraph.template;

import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a form needs from the workspace that a template cannot say: the lifecycle states a status may take per node
 * kind, and the sections the gates policy requires per kind ({@code required_sections}, rule RS1).
 * {@code engine.view.templates.TemplateForms} builds one from a workspace.
 */
public record FormContext(Function<NodeKind, List<LifecycleState>> states,
                          Map<NodeKind, List<String>> requiredSections) {

    /** No lifecycle knowledge (a status field is free text) and no policy. */
    public static final FormContext NONE = new FormContext(k -> List.of(), Map.of());

    public FormContext {
        requiredSections = Map.copyOf(requiredSections);
    }
}
