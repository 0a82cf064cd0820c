package io.specgraph.ui.shell;

import io.specgraph.engine.view.HealthIndex;
import io.specgraph.engine.view.Inspection;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.NodeAction;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Map;

/**
 * The right-hand inspector and gate panel for the selection: identity and metadata, the five gates (pass, fail,
 * n/a), every finding with its rule, line, reason and fix, and the links both ways (each one click away).
 */
public final class InspectorView {

    public static final String GATE_ROW = "sg-gate-row";
    public static final String FINDING = "sg-finding";

    private final WorkspaceModel model;
    private final Navigator nav;
    private final ObservableStringValue selected;
    private final VBox box = new VBox(8);
    private final ScrollPane root = new ScrollPane(box);
    private HealthIndex index;
    private NodeAction.Source actions = NodeAction.Source.NONE;
    private final java.util.List<javafx.scene.Node> panels = new java.util.ArrayList<>();

    public InspectorView(WorkspaceModel model, Navigator nav, ObservableStringValue selected) {
        this.model = model;
        this.nav = nav;
        this.selected = selected;
        box.setPadding(new Insets(10));
        root.setFitToWidth(true);
        root.setId("inspector");
        model.workspaceProperty().addListener((o, a, b) -> {
            index = null;
            refresh();
        });
        selected.addListener((o, a, b) -> {
            refresh();
            root.setVvalue(0);
        });
        refresh();
    }

    public Parent root() {
        return root;
    }

    /** Adds a panel shown under the actions for every node (it hides itself where it does not apply). */
    public void addPanel(javafx.scene.Node panel) {
        panels.add(panel);
        refresh();
    }

    /** Where the action buttons under the title come from. */
    public void setActions(NodeAction.Source actions) {
        this.actions = actions;
        refresh();
    }

    private void refresh() {
        box.getChildren().clear();
        if (model.get() == null) {
            return;
        }
        if (index == null) {
            index = HealthIndex.of(model.get());
        }
        Inspection.of(model.get(), index, selected.get()).ifPresentOrElse(this::show, () -> {
            Label hint = new Label("Select a node in the tree, the graph or a board to see its gates and findings.");
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(hint);
        });
    }

    private void show(Inspection in) {
        Node n = in.node();
        Label title = new Label(n.id() + "  " + n.title(), KindStyle.of(n.kind()).newIcon());
        title.getStyleClass().add(Styles.TITLE);
        title.setWrapText(true);
        Button open = new Button("Open document", new FontIcon("mdi2f-file-document-outline"));
        open.setOnAction(e -> nav.openDocument(n.key()));
        Button graph = new Button("Show in graph", new FontIcon("mdi2g-graph-outline"));
        graph.setOnAction(e -> nav.showInGraph(n.key()));
        box.getChildren().addAll(title, facts(n), new HBox(6, open, graph));
        java.util.List<NodeAction> acts = actions.actions(n.key());
        if (!acts.isEmpty()) {
            FlowPane row = new FlowPane(6, 6);
            row.setId("inspector-actions");
            for (NodeAction a : acts) {
                Button b = new Button(a.label(), a.icon() == null ? null : new FontIcon(a.icon()));
                b.setOnAction(e -> a.run().run());
                row.getChildren().add(b);
            }
            box.getChildren().add(row);
        }
        box.getChildren().addAll(panels);
        if (!in.gates().isEmpty()) {
            box.getChildren().add(section("Gates"));
            for (Map.Entry<Gate, Verdict> g : in.gates()) {
                box.getChildren().add(gateRow(g.getKey(), g.getValue()));
            }
        }
        box.getChildren().add(section("Findings (" + in.findings().size() + ")"));
        for (Finding f : in.findings()) {
            box.getChildren().add(finding(f, n.key()));
        }
        box.getChildren().add(section("Links (" + in.links().size() + ")"));
        for (Inspection.Link l : in.links()) {
            Hyperlink h = new Hyperlink((l.outgoing() ? "\u2192 " : "\u2190 ") + l.kind() + "  " + l.otherLabel()
                    + (l.version() == null ? "" : " @" + l.version()));
            h.setOnAction(e -> nav.select(l.otherKey()));
            h.setWrapText(true);
            box.getChildren().add(h);
        }
        if (!in.meta().isEmpty()) {
            box.getChildren().add(section("Metadata"));
            GridPane grid = new GridPane();
            grid.setHgap(8);
            int row = 0;
            for (Map.Entry<String, String> m : in.meta()) {
                Label k = new Label(m.getKey());
                k.getStyleClass().add(Styles.MUTED);
                k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label v = new Label(m.getValue());
                v.setWrapText(true);
                grid.addRow(row++, k, v);
            }
            box.getChildren().add(grid);
        }
    }

    private static GridPane facts(Node n) {
        GridPane g = new GridPane();
        g.setHgap(8);
        int row = 0;
        row = fact(g, row, "kind", n.kind().label());
        row = fact(g, row, "repo", n.repo());
        row = fact(g, row, "file", n.path());
        boolean same = n.state() == null || n.status() != null
                && n.status().strip().equalsIgnoreCase(n.state().toString());
        row = fact(g, row, "status", n.status() == null ? "—" : n.status() + (same ? "" : "  (" + n.state() + ")"));
        fact(g, row, "version", n.version() == null ? "—" : n.version());
        return g;
    }

    private static int fact(GridPane g, int row, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add(Styles.MUTED);
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = new Label(value);
        v.setWrapText(true);
        g.addRow(row, k, v);
        return row + 1;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static HBox gateRow(Gate gate, Verdict verdict) {
        FontIcon icon = new FontIcon(switch (verdict) {
            case PASS -> "mdi2c-check-circle";
            case FAIL -> "mdi2c-close-circle";
            case NA -> "mdi2m-minus-circle-outline";
        });
        icon.getStyleClass().add("sg-verdict-" + verdict.name().toLowerCase(java.util.Locale.ROOT));
        Label name = new Label(gate.label());
        Label v = new Label(verdict.label());
        v.getStyleClass().addAll(Styles.BADGE, verdict == Verdict.FAIL ? Styles.BADGE_FAIL
                : verdict == Verdict.PASS ? Styles.BADGE_OK : Styles.MUTED);
        HBox row = new HBox(6, icon, name, v);
        row.getStyleClass().add(GATE_ROW);
        return row;
    }

    private VBox finding(Finding f, String key) {
        Label rule = new Label(f.rule() + " · " + f.severity().label()
                + (f.line() > 0 ? " · line " + f.line() : ""));
        rule.getStyleClass().addAll(Styles.BADGE, switch (f.severity()) {
            case ERROR -> Styles.BADGE_FAIL;
            case WARNING -> Styles.BADGE_WARN;
            default -> Styles.BADGE_OK;
        });
        Label msg = new Label(f.message());
        msg.setWrapText(true);
        VBox card = new VBox(2, rule, msg);
        if (f.hint() != null && !f.hint().isBlank()) {
            Label hint = new Label("Fix: " + f.hint());
            hint.setWrapText(true);
            hint.getStyleClass().add(Styles.MUTED);
            card.getChildren().add(hint);
        }
        card.getStyleClass().addAll(Styles.CARD, FINDING);
        card.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                nav.openDocument(key);
            }
        });
        return card;
    }
}
