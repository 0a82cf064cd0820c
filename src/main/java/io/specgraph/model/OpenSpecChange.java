package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * What an OpenSpec change folder holds, beyond its delta specs ({@link OpenSpecDelta} parts) and task files
 * ({@link OpenSpecTaskFile} parts).
 *
 * @param id            the node id: the folder name ({@code add-login}, or {@code 2025-01-15-add-login} when archived)
 * @param name          the change name: the folder name without an archive date prefix
 * @param archived      the folder is under {@code changes/archive/}
 * @param archiveDate   the {@code YYYY-MM-DD} prefix of an archived folder, or null
 * @param dir           the change folder, repo-relative
 * @param root          the {@code openspec/} folder it belongs to, repo-relative
 * @param schema        the workflow schema the change resolves to ({@code .openspec.yaml}, else the project
 *                      config, else {@code spec-driven})
 * @param schemaFound   that schema is the built-in {@code spec-driven} or a project schema in
 *                      {@code openspec/schemas/} that loads
 * @param meta          its {@code .openspec.yaml}
 * @param proposal      its {@code proposal.md}, or null
 * @param modifies      the capabilities its delta specs change, sorted (the {@code modifies} edges)
 * @param rootSpec      a file {@code specs/spec.md} exists (outside every capability folder)
 * @param specsHasFiles any non-dot file exists under {@code specs/}
 * @param nested        when the folder holds no change of its own but wraps change folders
 *                      ({@code changes/mobile/refresh-token/}), their paths relative to {@code changes/}
 * @param strayMetadata {@code .openspec.yaml} files deeper in the folder, where OpenSpec does not read them
 */
public record OpenSpecChange(String id, String name, boolean archived, String archiveDate, String dir, String root,
                             String schema, boolean schemaFound, OpenSpecChangeMeta meta, OpenSpecProposal proposal,
                             List<String> modifies, boolean rootSpec, boolean specsHasFiles, List<String> nested,
                             List<String> strayMetadata) {

    public OpenSpecChange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(meta, "meta");
        modifies = List.copyOf(modifies);
        nested = List.copyOf(nested);
        strayMetadata = List.copyOf(strayMetadata);
    }
}
