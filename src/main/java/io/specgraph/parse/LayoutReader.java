package io.specgraph.parse;

import io.specgraph.model.Layout;

import java.util.List;

/**
 * Reads one layout (model.md §1). A reader finds its units in the repo's {@link FileIndex} and reads each unit on
 * its own, so that units can be read in parallel and read again one at a time after an edit. A reader never
 * throws on content: it returns findings.
 */
public interface LayoutReader {

    Layout layout();

    /** True when the layout is present in the repo. */
    boolean detect(FileIndex files);

    /** The units of this layout in the repo. */
    List<Unit> units(RepoContext repo);

    /** Reads one unit. */
    ReadResult read(RepoContext repo, Unit unit, DocumentSource docs);
}
