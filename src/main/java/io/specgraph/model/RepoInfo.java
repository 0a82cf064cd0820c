package io.specgraph.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A repo as loaded: its name, role, folder and the layouts found in it.
 *
 * @param name      the repo name used in node keys
 * @param role      platform or component
 * @param path      its folder
 * @param layouts   the layouts detected, in a stable order
 * @param component its component name (context/component.yaml, workspace file, else folder name)
 * @param domain    its domain, or null
 */
public record RepoInfo(String name, RepoRole role, Path path, List<Layout> layouts, String component, String domain) {

    public RepoInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
        layouts = List.copyOf(layouts);
        component = component == null ? name : component;
    }
}
