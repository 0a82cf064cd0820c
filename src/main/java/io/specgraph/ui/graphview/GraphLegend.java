package io.specgraph.ui.graphview;

import io.specgraph.engine.view.graph.VisibleGraph;
import io.specgraph.engine.view.graph.VisibleNode;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.common.KindStyle;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.EnumSet;
import java.util.Set;

/** A one- or two-line legend under the graph: the kinds in view (icon and colour) and what the rings mean. */
final class GraphLegend {

    private final FlowPane box = new FlowPane(12, 2);

    GraphLegend() {
        box.setId("graph-legend");
        box.getStyleClass().add("sg-graph-legend");
        box.setPadding(new Insets(3, 8, 3, 8));
    }

    FlowPane node() {
        return box;
    }

    void show(VisibleGraph g) {
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        for (VisibleNode n : g.nodes()) {
            kinds.add(n.kind());
        }
        box.getChildren().clear();
        for (NodeKind k : kinds) {
            KindStyle s = KindStyle.of(k);
            Label l = new Label(k.label(), s.newIcon());
            l.getStyleClass().add("sg-graph-legend-kind");
            box.getChildren().add(l);
        }
        box.getChildren().addAll(ring("fail: a gate fails or an error", GsStyle.FAIL),
                ring("warnings", GsStyle.WARN), ring("on the highlighted path", GsStyle.PATH));
    }

    private static HBox ring(String text, String colour) {
        Region swatch = new Region();
        swatch.setMinSize(14, 10);
        swatch.setMaxSize(14, 10);
        swatch.setStyle("-fx-border-color: " + colour + "; -fx-border-width: 2; -fx-border-radius: 2;");
        HBox row = new HBox(6, swatch, new Label(text));
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
