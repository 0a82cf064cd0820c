package io.specgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An OpenSpec project: its {@code openspec/} folder, its config and the workflow schemas it can use (project
 * schemas first, then the built-in {@code spec-driven}).
 *
 * @param root    the {@code openspec/} folder, repo-relative
 * @param config  its config
 * @param schemas project schemas from {@code openspec/schemas/}, then the built-in one
 */
public record OpenSpecProject(String root, OpenSpecConfig config, List<OpenSpecSchema> schemas) {

    public OpenSpecProject {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(config, "config");
        schemas = List.copyOf(schemas);
    }

    /** The schema a name resolves to (a project schema wins over the built-in one of the same name). */
    public Optional<OpenSpecSchema> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
