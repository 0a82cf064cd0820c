package io.specgraph.model;

import java.util.Objects;

/**
 * A named line OpenSpec's delta reader reports: a REMOVED name, a requirement outside every delta section, a
 * non-requirement {@code ###} heading it skipped, an unpaired RENAMED line, a top-level section heading.
 *
 * @param name    the requirement name or heading text
 * @param section the section it sits in as written ({@code ADDED Requirements}), {@code FROM}/{@code TO} for an
 *                unpaired rename, or null (above the first {@code ## } heading)
 * @param line    1-based line
 */
public record OpenSpecEntry(String name, String section, int line) {

    public OpenSpecEntry {
        Objects.requireNonNull(name, "name");
    }
}
