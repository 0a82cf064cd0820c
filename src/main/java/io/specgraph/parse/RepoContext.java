package io.specgraph.parse;

import io.specgraph.model.Layout;
import io.specgraph.model.RepoRole;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a reader knows about the repo it reads: name, folder, role, the layouts present, its files, and the
 * component name and domain (from {@code context/component.yaml} or the workspace file).
 *
 * @param adrDirs ADR folders set in the workspace file; empty to detect them
 */
public record RepoContext(String repo, Path root, RepoRole role, Set<Layout> layouts, FileIndex files,
                          String component, String domain, List<String> adrDirs) {

    public RepoContext {
        Objects.requireNonNull(repo, "repo");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(role, "role");
        layouts = Set.copyOf(layouts);
        Objects.requireNonNull(files, "files");
        component = component == null ? repo : component;
        adrDirs = adrDirs == null ? List.of() : List.copyOf(adrDirs);
    }

    public boolean has(Layout layout) {
        return layouts.contains(layout);
    }
}
