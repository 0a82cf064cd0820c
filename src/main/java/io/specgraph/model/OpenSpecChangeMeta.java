package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A change's {@code .openspec.yaml} as OpenSpec reads it (YAML 1.2, then its zod schema). Values are kept only
 * when they have the right type.
 *
 * @param path               the file, repo-relative ({@code ""} when absent)
 * @param present            the file exists
 * @param yamlError          why the YAML does not parse, or null
 * @param schema             {@code schema}, or null
 * @param created            {@code created}, or null
 * @param goal               {@code goal}, or null
 * @param affectedAreas      {@code affected_areas}
 * @param initiativeStore    {@code initiative.store}, or null
 * @param initiativeId       {@code initiative.id}, or null
 * @param skipSpecs          {@code skip_specs} when it is a boolean, else null
 * @param retireCapabilities {@code retire_capabilities} when it is a boolean, else null
 * @param issues             schema problems, each {@code path: message} as zod words it (empty when valid)
 * @param skipSpecsMarker    the {@code skip_specs} marker as validate honours it
 * @param retireMarker       the {@code retire_capabilities} marker as archive honours it
 */
public record OpenSpecChangeMeta(String path, boolean present, String yamlError, String schema, String created,
                                 String goal, List<String> affectedAreas, String initiativeStore, String initiativeId,
                                 Boolean skipSpecs, Boolean retireCapabilities, List<String> issues,
                                 Marker skipSpecsMarker, Marker retireMarker) {

    /** No {@code .openspec.yaml}. */
    public static final OpenSpecChangeMeta ABSENT = new OpenSpecChangeMeta("", false, null, null, null, null,
            List.of(), null, null, null, null, List.of(), Marker.NOT_DECLARED, Marker.NOT_DECLARED);

    /**
     * A boolean marker ({@code skip_specs}, {@code retire_capabilities}) as the CLI honours it.
     *
     * @param declared      set to {@code true} in valid metadata whose schema loads
     * @param invalidReason why a marker that is set cannot be honoured, or null
     */
    public record Marker(boolean declared, String invalidReason) {
        public static final Marker NOT_DECLARED = new Marker(false, null);
    }

    public OpenSpecChangeMeta {
        Objects.requireNonNull(path, "path");
        affectedAreas = List.copyOf(affectedAreas);
        issues = List.copyOf(issues);
        Objects.requireNonNull(skipSpecsMarker, "skipSpecsMarker");
        Objects.requireNonNull(retireMarker, "retireMarker");
    }

    /** The file exists, parses and satisfies the change metadata schema. */
    public boolean valid() {
        return present && yamlError == null && issues.isEmpty();
    }
}
