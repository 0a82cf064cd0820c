package io.specgraph.engine.view.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What routing a hotfix would create.
 *
 * @param request   the answers
 * @param route     the route they give
 * @param documents the documents, the hotfix spec first; empty when there is a problem
 * @param problem   why nothing can be created (no such component repo, no title …), else ""
 */
public record HotfixPlan(HotfixRequest request, HotfixRoute route, List<HotfixDocument> documents, String problem) {

    public HotfixPlan {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(route, "route");
        documents = List.copyOf(documents);
        problem = problem == null ? "" : problem;
    }

    /** The document of {@code role}, if the route creates one. */
    public Optional<HotfixDocument> document(HotfixDocument.Role role) {
        return documents.stream().filter(d -> d.role() == role).findFirst();
    }
}
