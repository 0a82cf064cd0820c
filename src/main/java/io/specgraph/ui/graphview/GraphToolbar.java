package io.specgraph.ui.graphview;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.Health;
import io.specgraph.engine.view.graph.GraphQuery;
import io.specgraph.engine.view.graph.GroupBy;
import io.specgraph.model.EdgeKind;
import io.specgraph.model.Gate;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.NodeKind;
import io.specgraph.model.RepoInfo;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.util.Duration;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The toolbar above the graph: search, focus depth, filters (kind, repo, status, health, failing gate, edge kind),
 * group-by, path mode, fit and export. Every control edits the view model's query.
 */
final class GraphToolbar {

    private final GraphViewModel vm;
    private final FlowPane bar = new FlowPane(6, 4); // wraps instead of squeezing buttons to "…"
    private final MenuButton filter = new MenuButton("Filter");
    private final Menu repos = new Menu("Repos");

    GraphToolbar(GraphViewModel vm, Runnable fit, MenuButton export) {
        this.vm = vm;
        TextField search = new TextField();
        search.setId("graph-search");
        search.setPromptText("Search id or title");
        search.setPrefColumnCount(14);
        PauseTransition pause = new PauseTransition(Duration.millis(250));
        pause.setOnFinished(e -> vm.setText(search.getText()));
        search.textProperty().addListener((o, a, b) -> pause.playFromStart());
        search.setOnAction(e -> vm.setText(search.getText()));

        Spinner<Integer> depth = new Spinner<>(1, 6, 1);
        depth.setId("graph-depth");
        depth.setPrefWidth(70);
        depth.setTooltip(new Tooltip("Focus depth: how many links away from the focused node"));
        depth.valueProperty().addListener((o, a, b) -> vm.setDepth(b));
        Button clearFocus = new Button("Unfocus");
        clearFocus.setId("graph-unfocus");
        clearFocus.setOnAction(e -> vm.clearFocus());
        clearFocus.disableProperty().bind(vm.queryProperty().map(q -> q.focus() == null));

        filter.setId("graph-filter");
        filter.getItems().addAll(
                menu("Kinds", List.of(NodeKind.values()), NodeKind::label, GraphQuery::kinds, GraphQuery::withKinds),
                repos,
                menu("Status", List.of(LifecycleState.values()), LifecycleState::label, GraphQuery::states,
                        GraphQuery::withStates),
                menu("Health", List.of(Health.Level.values()), l -> l.name().toLowerCase(java.util.Locale.ROOT),
                        GraphQuery::levels, (q, s) -> q.withHealth(s, q.failingGates())),
                menu("Failing gate", List.of(Gate.values()), Gate::label, GraphQuery::failingGates,
                        (q, s) -> q.withHealth(q.levels(), s)),
                menu("Edges", List.of(EdgeKind.values()), EdgeKind::label, GraphQuery::edgeKinds,
                        GraphQuery::withEdgeKinds),
                new SeparatorMenuItem(), clearAll());

        ComboBox<GroupBy> groupBy = new ComboBox<>();
        groupBy.setId("graph-group-by");
        groupBy.getItems().addAll(GroupBy.values());
        groupBy.setValue(vm.queryProperty().get().groupBy());
        groupBy.setTooltip(new Tooltip("Group nodes into collapsed boxes; double-click a box to expand it"));
        groupBy.valueProperty().addListener((o, a, b) -> {
            if (b != null && b != vm.queryProperty().get().groupBy()) {
                vm.setGroupBy(b);
            }
        });

        Button collapse = new Button("Collapse");
        collapse.setId("graph-collapse");
        collapse.setTooltip(new Tooltip("Fold every expanded group again"));
        collapse.setOnAction(e -> vm.collapseAll());
        collapse.disableProperty().bind(vm.queryProperty().map(q -> q.expanded().isEmpty()));

        ToggleButton path = new ToggleButton("Path");
        path.setId("graph-path");
        path.setTooltip(new Tooltip("Click two nodes to highlight the shortest path between them"));
        path.selectedProperty().bindBidirectional(vm.pathModeProperty());
        Button fitButton = new Button("Fit");
        fitButton.setId("graph-fit");
        fitButton.setOnAction(e -> fit.run());

        Label status = new Label();
        status.setId("graph-status");
        status.getStyleClass().add("sg-muted");
        status.textProperty().bind(vm.statusProperty());
        bar.getChildren().addAll(search, new Label("Depth"), depth, clearFocus, filter, new Label("Group"), groupBy,
                collapse, path, fitButton, export, status);
        for (javafx.scene.Node n : bar.getChildren()) {
            if (n instanceof Region r && n != status) {
                r.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("sg-graph-toolbar");
    }

    FlowPane node() {
        return bar;
    }

    /** Rebuilds the repo list for a new snapshot. */
    void workspaceChanged(Workspace ws) {
        repos.getItems().clear();
        if (ws == null) {
            return;
        }
        List<String> names = ws.graph().repos().stream().map(RepoInfo::name).toList();
        fill(repos, names, s -> s, GraphQuery::repos, GraphQuery::withRepos);
    }

    private <T> Menu menu(String title, List<T> values, Function<T, String> label,
                          Function<GraphQuery, Set<T>> get, BiFunction<GraphQuery, Set<T>, GraphQuery> with) {
        Menu m = new Menu(title);
        fill(m, values, label, get, with);
        return m;
    }

    /** One check box per value; ticking one adds the value to the query's set. */
    private <T> void fill(Menu m, List<T> values, Function<T, String> label,
                          Function<GraphQuery, Set<T>> get, BiFunction<GraphQuery, Set<T>, GraphQuery> with) {
        String title = m.getText();
        for (T v : values) {
            CheckBox box = new CheckBox(label.apply(v));
            box.setId("graph-filter-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-"
                    + label.apply(v).toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            box.setSelected(get.apply(vm.queryProperty().get()).contains(v));
            vm.queryProperty().addListener((o, a, q) -> box.setSelected(get.apply(q).contains(v)));
            box.setOnAction(e -> {
                GraphQuery q = vm.queryProperty().get();
                Set<T> now = new HashSet<>(get.apply(q));
                if (box.isSelected()) {
                    now.add(v);
                } else {
                    now.remove(v);
                }
                vm.queryProperty().set(with.apply(q, now));
            });
            m.getItems().add(new CustomMenuItem(box, false));
        }
    }

    private MenuItem clearAll() {
        MenuItem clear = new MenuItem("Clear filters");
        clear.setId("graph-filter-clear");
        clear.setOnAction(e -> {
            GraphQuery q = vm.queryProperty().get();
            vm.queryProperty().set(q.withKinds(Set.of()).withRepos(Set.of()).withStates(Set.of())
                    .withHealth(Set.of(), EnumSet.noneOf(Gate.class)).withEdgeKinds(Set.of()));
        });
        return clear;
    }
}
