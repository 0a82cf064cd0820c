package io.specgraph.parse;

import io.specgraph.model.Layout;

import java.util.List;
import java.util.Objects;

/**
 * The smallest piece a reader reads on its own: one ADR file, one spec-kit feature folder, one OpenSpec change.
 * When any of its files changes, the unit is read again (and only it). A reader reads a unit through its
 * {@link DocumentSource} from these files alone (what planning reads aside): the live re-check relies on it.
 *
 * @param layout the layout whose reader reads it
 * @param type   what the unit is, in the reader's own words ({@code feature}, {@code capability}, {@code adr} …)
 * @param path   its main file (or folder), repo-relative
 * @param files  every file whose change means reading the unit again (main file first)
 */
public record Unit(Layout layout, String type, String path, List<String> files) {

    public Unit {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        files = List.copyOf(files);
    }

    public static Unit of(Layout layout, String type, String path) {
        return new Unit(layout, type, path, List.of(path));
    }
}
