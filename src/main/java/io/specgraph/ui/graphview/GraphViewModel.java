package io.specgraph.ui.graphview;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.graph.GraphIndex;
import io.specgraph.engine.view.graph.GraphQuery;
import io.specgraph.engine.view.graph.GroupBy;
import io.specgraph.engine.view.graph.LaidOutGraph;
import io.specgraph.engine.view.graph.NodeSummary;
import io.specgraph.engine.view.graph.VisibleGraph;
import io.specgraph.engine.view.graph.VisibleNode;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashSet;
import java.util.Set;

/**
 * The graph view's state without a scene graph: the query (the toolbar edits it), the laid-out view computed from
 * it in the background, the selection, path mode, and what clicks mean. Results from an older query or snapshot are
 * dropped.
 */
final class GraphViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(GraphViewModel.class);

    private final WorkspaceModel model;
    private final Navigator nav;
    private final TaskRunner tasks;
    private final ObjectProperty<GraphQuery> query = new SimpleObjectProperty<>(this, "query", GraphQuery.ALL);
    private final ReadOnlyObjectWrapper<LaidOutGraph> shown = new ReadOnlyObjectWrapper<>(this, "shown",
            LaidOutGraph.EMPTY);
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty pathMode = new SimpleBooleanProperty(this, "pathMode", false);
    private GraphIndex index;
    private int generation;
    private TaskRunner.Handle running;

    GraphViewModel(WorkspaceModel model, Navigator nav, TaskRunner tasks) {
        this.model = model;
        this.nav = nav;
        this.tasks = tasks;
        query.addListener((o, a, b) -> recompute());
        model.workspaceProperty().addListener((o, a, b) -> recompute());
        pathMode.addListener((o, a, on) -> {
            if (!on) {
                query.set(query.get().withPath(null, null));
            }
        });
        recompute();
    }

    ObjectProperty<GraphQuery> queryProperty() {
        return query;
    }

    ReadOnlyObjectProperty<LaidOutGraph> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    BooleanProperty pathModeProperty() {
        return pathMode;
    }

    /** The snapshot's index once the first view of it is computed, else null. */
    GraphIndex index() {
        return index;
    }

    Workspace workspace() {
        return model.get();
    }

    private void recompute() {
        Workspace ws = model.get();
        int gen = ++generation;
        if (running != null) {
            running.cancel();
        }
        if (ws == null) {
            shown.set(LaidOutGraph.EMPTY);
            status.set("No workspace");
            return;
        }
        GraphQuery q = query.get();
        GraphIndex cached = index;
        record Result(GraphIndex index, LaidOutGraph laid) {
        }
        running = tasks.run("Laying out the graph", () -> {
            GraphIndex idx = cached != null && cached.workspace() == ws ? cached : GraphIndex.of(ws);
            return new Result(idx, LaidOutGraph.of(idx, q));
        }, r -> {
            if (gen == generation) {
                index = r.index();
                shown.set(r.laid());
                status.set(describe(r.laid()));
            }
        }, e -> LOG.warn("Could not lay out the graph", e));
    }

    static String describe(LaidOutGraph laid) {
        VisibleGraph g = laid.graph();
        long groups = g.groups();
        StringBuilder sb = new StringBuilder();
        sb.append(g.matched()).append(" of ").append(g.total()).append(" nodes");
        if (groups > 0) {
            sb.append(" in ").append(g.nodes().size()).append(" boxes (").append(groups).append(" groups by ")
                    .append(g.groupBy().label()).append(')');
        }
        sb.append(" · ").append(g.edges().size()).append(" edges");
        if (laid.query().pathFrom() != null && laid.query().pathTo() != null) {
            sb.append(g.path().isEmpty() ? " · no path" : " · path of " + (g.path().size() - 1) + " steps");
        }
        sb.append(" · ").append(laid.layout().algorithm()).append(' ').append(laid.layout().millis()).append(" ms");
        return sb.toString();
    }

    /** A click on a node or group (null: the background). */
    void click(String key) {
        if (key == null) {
            return;
        }
        if (pathMode.get() && !VisibleNode.isGroupKey(key)) {
            GraphQuery q = query.get();
            if (q.pathFrom() == null || q.pathTo() != null) {
                query.set(q.withPath(key, null));
            } else {
                query.set(q.withPath(q.pathFrom(), key));
            }
        }
        select(key);
    }

    /** A double click: opens a node's document, or expands / collapses a group. */
    void doubleClick(String key) {
        if (key == null) {
            return;
        }
        if (VisibleNode.isGroupKey(key)) {
            toggleGroup(key);
        } else {
            if (!key.equals(selected.get())) {
                select(key);
            }
            nav.openDocument(key);
        }
    }

    void select(String key) {
        selected.set(key);
        if (key != null && !VisibleNode.isGroupKey(key)) {
            nav.select(key);
        }
    }

    void toggleGroup(String groupKey) {
        GraphQuery q = query.get();
        Set<String> expanded = new HashSet<>(q.expanded());
        if (!expanded.remove(groupKey)) {
            expanded.add(groupKey);
        }
        GroupBy by = q.groupBy() == GroupBy.AUTO ? shown.get().graph().groupBy() : q.groupBy();
        query.set(q.withGrouping(by, expanded));
    }

    /** Folds every expanded group again. */
    void collapseAll() {
        GraphQuery q = query.get();
        query.set(q.withGrouping(q.groupBy(), Set.of()));
    }

    /** Focuses {@code key} with its neighbourhood (the current depth) and selects it. */
    void focus(String key) {
        GraphQuery q = query.get();
        query.set(q.withFocus(key, q.depth()));
        select(key);
    }

    void clearFocus() {
        GraphQuery q = query.get();
        query.set(q.withFocus(null, q.depth()));
    }

    void setDepth(int depth) {
        GraphQuery q = query.get();
        query.set(q.withFocus(q.focus(), depth));
    }

    void setGroupBy(GroupBy by) {
        query.set(query.get().withGrouping(by, Set.of()));
    }

    void setText(String text) {
        query.set(query.get().withText(text));
    }

    /** The hover text of a visible node or group, or null. */
    String summary(String key) {
        GraphIndex idx = index;
        if (idx == null || key == null) {
            return null;
        }
        return shown.get().graph().node(key).map(n -> NodeSummary.of(idx, n)).orElse(null);
    }
}
