package io.specgraph.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A repo as named in a workspace file or on the command line.
 *
 * @param name    its name in the workspace (node keys are {@code name/id})
 * @param role    platform or component; null to detect
 * @param path    its local folder
 * @param remote  its remote URL, or null
 * @param branch  its branch, or null
 * @param domain  its domain, or null
 * @param adrDirs ADR folders when detection should not decide; empty to detect
 */
public record RepoSpec(String name, RepoRole role, Path path, String remote, String branch, String domain,
                       List<String> adrDirs) {

    public RepoSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        adrDirs = adrDirs == null ? List.of() : List.copyOf(adrDirs);
    }

    /** A repo from a folder: named after the folder, role detected. */
    public static RepoSpec ofFolder(Path folder) {
        Path abs = folder.toAbsolutePath().normalize();
        Path name = abs.getFileName();
        return new RepoSpec(name == null ? "repo" : name.toString(), null, abs, null, null, null, List.of());
    }
}
