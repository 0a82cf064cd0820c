package io.specgraph.ui;

import io.specgraph.ui.common.Navigator;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A navigator that records what views ask of it: {@code select KEY}, {@code show KEY} (in graph), {@code open KEY}. */
public final class RecordingNavigator implements Navigator {

    private final List<String> calls = new CopyOnWriteArrayList<>();

    @Override
    public void select(String nodeKey) {
        calls.add("select " + nodeKey);
    }

    @Override
    public void showInGraph(String nodeKey) {
        calls.add("show " + nodeKey);
    }

    @Override
    public void openDocument(String nodeKey) {
        calls.add("open " + nodeKey);
    }

    public List<String> calls() {
        return List.copyOf(calls);
    }

    public void clear() {
        calls.clear();
    }

    /** A navigator that adds the key of every document opened to {@code opened} (and ignores the rest). */
    public static Navigator opening(List<String> opened) {
        return new Navigator() {
            @Override
            public void select(String nodeKey) {
            }

            @Override
            public void showInGraph(String nodeKey) {
            }

            @Override
            public void openDocument(String nodeKey) {
                opened.add(nodeKey);
            }
        };
    }
}
