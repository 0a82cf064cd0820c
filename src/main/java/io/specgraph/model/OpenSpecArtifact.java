package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An artifact of an OpenSpec workflow schema.
 *
 * @param id        its id ({@code proposal}, {@code specs}, {@code tasks} …)
 * @param generates the file or glob it writes, relative to the change folder
 * @param requires  the artifact ids it needs first
 */
public record OpenSpecArtifact(String id, String generates, List<String> requires) {

    public OpenSpecArtifact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(generates, "generates");
        requires = List.copyOf(requires);
    }
}
