package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An OpenSpec workflow schema: the built-in {@code spec-driven}, or a project one in
 * {@code openspec/schemas/<name>/schema.yaml}.
 *
 * @param name          the name changes and the config use (the folder name)
 * @param path          the {@code schema.yaml}, repo-relative ({@code ""} for the built-in one)
 * @param problem       why it does not load, or null
 * @param version       its {@code version}, or 0
 * @param artifacts     its artifacts, in order
 * @param applyRequires {@code apply.requires}
 * @param applyTracks   {@code apply.tracks} (the task file whose checkboxes are progress), or null
 */
public record OpenSpecSchema(String name, String path, String problem, int version, List<OpenSpecArtifact> artifacts,
                             List<String> applyRequires, String applyTracks) {

    /** The built-in schema (npm {@code @fission-ai/openspec} {@code schemas/spec-driven/schema.yaml}). */
    public static final OpenSpecSchema SPEC_DRIVEN = new OpenSpecSchema("spec-driven", "", null, 1, List.of(
            new OpenSpecArtifact("proposal", "proposal.md", List.of()),
            new OpenSpecArtifact("specs", "specs/**/*.md", List.of("proposal")),
            new OpenSpecArtifact("design", "design.md", List.of("proposal")),
            new OpenSpecArtifact("tasks", "tasks.md", List.of("specs", "design"))),
            List.of("tasks"), "tasks.md");

    public OpenSpecSchema {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        artifacts = List.copyOf(artifacts);
        applyRequires = List.copyOf(applyRequires);
    }

    public boolean loads() {
        return problem == null;
    }

    public boolean builtIn() {
        return path.isEmpty();
    }

    /**
     * The artifact whose checkboxes count as progress: the one whose {@code generates} equals {@code apply.tracks},
     * else (no {@code apply.tracks}) the artifact with id {@code tasks}; null when none.
     */
    public OpenSpecArtifact trackedArtifact() {
        if (applyTracks != null) {
            return artifacts.stream().filter(a -> a.generates().equals(applyTracks)).findFirst().orElse(null);
        }
        return artifacts.stream().filter(a -> a.id().equals("tasks")).findFirst().orElse(null);
    }
}
