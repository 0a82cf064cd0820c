package io.specgraph.ui.queue;

import io.specgraph.ui.common.Navigator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A navigator that writes down each call as {@code select platform/ADR-100}, for tests of the boards. */
public final class RecordingNavigator implements Navigator {

    private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void select(String nodeKey) {
        calls.add("select " + nodeKey);
    }

    @Override
    public void showInGraph(String nodeKey) {
        calls.add("graph " + nodeKey);
    }

    @Override
    public void openDocument(String nodeKey) {
        calls.add("open " + nodeKey);
    }

    /** The calls so far, oldest first. */
    public List<String> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    public void clear() {
        calls.clear();
    }
}
