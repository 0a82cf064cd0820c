package io.specgraph.ui.common;

/**
 * How a view sends the user elsewhere: every board row is one click from the graph and from the document. Node
 * keys are {@code repo/id} ({@link io.specgraph.model.Node#key()}).
 */
public interface Navigator {

    /** Makes {@code nodeKey} the selection (inspector and gate panel follow). */
    void select(String nodeKey);

    /** Switches to the graph and focuses {@code nodeKey}. */
    void showInGraph(String nodeKey);

    /** Opens the node's document in a tab. */
    void openDocument(String nodeKey);

    /** A navigator that does nothing (tests, previews). */
    Navigator NONE = new Navigator() {
        @Override
        public void select(String nodeKey) {
        }

        @Override
        public void showInGraph(String nodeKey) {
        }

        @Override
        public void openDocument(String nodeKey) {
        }
    };
}
