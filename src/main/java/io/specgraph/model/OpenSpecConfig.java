package io.specgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An OpenSpec project's {@code openspec/config.yaml} (or {@code config.yml}) and legacy {@code project.md}.
 *
 * @param path       the config file, repo-relative ({@code ""} when there is none)
 * @param yamlError  why it does not parse, or null
 * @param schema     {@code schema} (the default workflow schema), or null
 * @param context    {@code context}, or null
 * @param rules      {@code rules}: artifact id → rules
 * @param store      {@code store}, or null
 * @param references {@code references}: store ids
 * @param projectMd  the legacy {@code openspec/project.md}, repo-relative, or null
 */
public record OpenSpecConfig(String path, String yamlError, String schema, String context,
                             Map<String, List<String>> rules, String store, List<String> references,
                             String projectMd) {

    public OpenSpecConfig {
        Objects.requireNonNull(path, "path");
        rules = Map.copyOf(rules);
        references = List.copyOf(references);
    }

    public boolean present() {
        return !path.isEmpty();
    }
}
