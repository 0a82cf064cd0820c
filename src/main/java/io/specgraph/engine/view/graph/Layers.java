package io.specgraph.engine.view.graph;

import io.specgraph.model.NodeKind;

/**
 * The layer each kind belongs in, top to bottom: initiatives (with the constitution and domains), platform specs,
 * component specs (and bugs, hotfixes, OpenSpec changes and capabilities), then what they use beside them:
 * contracts, ADRs, context packs, plans and task lists. Node box sizes live here too.
 */
public final class Layers {

    /** Size of a node box. */
    public static final double NODE_W = 150;
    public static final double NODE_H = 40;
    /** Size of a group box. */
    public static final double GROUP_W = 190;
    public static final double GROUP_H = 60;

    private Layers() {
    }

    public static int of(NodeKind kind) {
        return switch (kind) {
            case INITIATIVE, CONSTITUTION, DOMAIN -> 0;
            case PLATFORM_SPEC -> 1;
            case COMPONENT_SPEC, BUG, HOTFIX, CHANGE, CAPABILITY -> 2;
            case CONTRACT, ADR, CONTEXT_PACK, PLAN, TASKS -> 3;
        };
    }

    public static double width(VisibleNode n) {
        return n.group() ? GROUP_W : NODE_W;
    }

    public static double height(VisibleNode n) {
        return n.group() ? GROUP_H : NODE_H;
    }
}
