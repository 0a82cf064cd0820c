package io.specgraph.cli;

import io.specgraph.engine.Workspace;

import java.nio.file.Path;

/**
 * Draws a view of the app to a PNG without a window, for {@code specgraph render}. The command line cannot know the
 * toolkit: the app supplies the implementation ({@link Cli#setRenderer}); without one, {@code render} says so.
 */
public interface ViewRenderer {

    /** The views {@code render} draws. */
    enum View { graph, queue, adr_board, matrix, initiatives }

    /** Draws {@code view} of {@code ws} at {@code width}×{@code height} into {@code out} (PNG). */
    void render(Workspace ws, View view, int width, int height, Path out) throws Exception;
}
