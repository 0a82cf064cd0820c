package io.specgraph.parse;

import io.specgraph.model.Layout;

import java.util.List;

/** Placeholder while the reader is written; detects nothing. */
public final class SpecKitReader implements LayoutReader {

    @Override
    public Layout layout() {
        return Layout.SPEC_KIT;
    }

    @Override
    public boolean detect(FileIndex files) {
        return false;
    }

    @Override
    public List<Unit> units(RepoContext repo) {
        return List.of();
    }

    @Override
    public ReadResult read(RepoContext repo, Unit unit, DocumentSource docs) {
        return ReadResult.EMPTY;
    }
}
