package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.GatePanel;
import io.specgraph.engine.view.fix.Fix;
import io.specgraph.engine.view.fix.Fixes;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Severity;
import io.specgraph.ui.common.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The editor's live gate panel: the five gates (pass / fail / n/a, with the number of errors) and every finding for
 * the document — rule, severity, line, message and fix hint. Clicking a finding hands it to the editor. A finding
 * with a mechanical fix ({@link Fixes}) gets a Fix button that hands the fix to {@link #setOnFix}. Updates in place:
 * only labels and icons change, the finding list is virtualized, and fixes are computed only for the rows shown.
 */
final class GatePanelView {

    private final Map<Gate, Label> gates = new EnumMap<>(Gate.class);
    private final ListView<Finding> findings = new ListView<>();
    private final Label findingsTitle = new Label("Findings");
    private final VBox root = new VBox(4);
    private final Map<Finding, Optional<Fix>> fixCache = new HashMap<>();
    private Function<Finding, Optional<Fix>> fixes = f -> Optional.empty();
    private Consumer<Fix> onFix = f -> { };

    GatePanelView(Consumer<Finding> open) {
        root.getStyleClass().add("sg-editor-gates");
        root.setId("editor-gates");
        Label title = new Label("Gates");
        title.getStyleClass().add(Styles.TITLE);
        root.getChildren().add(title);
        for (Gate g : Gate.values()) {
            Label l = new Label(g.label());
            l.setId("editor-gate-" + g.label());
            gates.put(g, l);
            root.getChildren().add(l);
        }
        findingsTitle.getStyleClass().add(Styles.TITLE);
        findings.setId("editor-findings");
        findings.setPlaceholder(new Label("No findings: every rule passes for this document."));
        findings.setCellFactory(l -> new FindingCell(this));
        findings.setOnMouseClicked(e -> {
            Finding f = findings.getSelectionModel().getSelectedItem();
            if (f != null) {
                open.accept(f);
            }
        });
        findings.setOnKeyPressed(e -> {
            Finding f = findings.getSelectionModel().getSelectedItem();
            if (f != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                open.accept(f);
            }
        });
        VBox.setVgrow(findings, Priority.ALWAYS);
        root.getChildren().addAll(findingsTitle, findings);
    }

    Parent root() {
        return root;
    }

    ListView<Finding> findings() {
        return findings;
    }

    /**
     * Where fixes come from: the finding's fix on the current buffer (the editor computes them in the background
     * and sets a lookup; null: no fixes). Asked only for findings whose rule may have one, once per finding until
     * the next {@link #show}.
     */
    void setFixes(Function<Finding, Optional<Fix>> source) {
        fixes = source == null ? f -> Optional.empty() : source;
        fixCache.clear();
        findings.refresh();
    }

    /** What the Fix button does: apply the fix (to the buffer when it edits the open file, else to its file). */
    void setOnFix(Consumer<Fix> action) {
        onFix = action == null ? f -> { } : action;
    }

    /** The fix of {@code f}, if it has one (computed once per shown panel). */
    Optional<Fix> fixOf(Finding f) {
        if (!Fixes.offered(f)) {
            return Optional.empty();
        }
        return fixCache.computeIfAbsent(f, fixes);
    }

    /** Shows {@code p} (a null panel shows every gate as n/a). */
    void show(GatePanel p) {
        fixCache.clear();
        for (Gate g : Gate.values()) {
            GatePanel.GateRow row = p == null ? new GatePanel.GateRow(g, Verdict.NA, 0) : p.gates().get(g.ordinal());
            Label l = gates.get(g);
            String text = g.label() + "  " + row.verdict().label()
                    + (row.errors() > 0 ? " (" + row.errors() + ")" : "");
            if (!text.equals(l.getText())) {
                l.setText(text);
                FontIcon icon = new FontIcon(switch (row.verdict()) {
                    case PASS -> "mdi2c-check-circle";
                    case FAIL -> "mdi2c-close-circle";
                    case NA -> "mdi2m-minus-circle-outline";
                });
                icon.getStyleClass().add("sg-verdict-" + row.verdict().name().toLowerCase(Locale.ROOT));
                l.setGraphic(icon);
                l.getStyleClass().removeAll("sg-editor-gate-pass", "sg-editor-gate-fail", "sg-editor-gate-na");
                l.getStyleClass().add("sg-editor-gate-" + row.verdict().name().toLowerCase(Locale.ROOT));
            }
        }
        List<Finding> list = p == null ? List.of() : p.findings();
        if (!list.equals(findings.getItems())) {
            findings.getItems().setAll(list);
        }
        findingsTitle.setText("Findings (" + list.size() + ")");
    }

    /** Two lines per finding: severity icon, rule, line and message; then the hint, and a Fix button if it has one. */
    private static final class FindingCell extends ListCell<Finding> {
        private final GatePanelView panel;

        FindingCell(GatePanelView panel) {
            this.panel = panel;
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            FontIcon icon = new FontIcon(f.severity() == Severity.ERROR ? "mdi2c-close-circle"
                    : f.severity() == Severity.WARNING ? "mdi2a-alert" : "mdi2i-information-outline");
            icon.getStyleClass().add("sg-editor-sev-" + f.severity().name().toLowerCase(Locale.ROOT));
            Label head = new Label(f.rule() + (f.line() > 0 ? " · line " + f.line() : "") + " · "
                    + f.severity().name().toLowerCase(Locale.ROOT) + (f.gate() != null ? " · " + f.gate() : ""));
            head.setGraphic(icon);
            head.getStyleClass().add("sg-editor-finding-head");
            Label msg = new Label(f.message());
            msg.setWrapText(true);
            VBox box = new VBox(2, head, msg);
            if (!f.hint().isEmpty()) {
                Label hint = new Label("Fix: " + f.hint());
                hint.setWrapText(true);
                hint.getStyleClass().add(Styles.MUTED);
                box.getChildren().add(hint);
            }
            panel.fixOf(f).ifPresent(fix -> {
                Button b = new Button("Fix: " + fix.label());
                b.setId("editor-fix-" + f.rule());
                b.getStyleClass().add("sg-editor-fix");
                b.setGraphic(new FontIcon("mdi2w-wrench"));
                b.setOnAction(e -> {
                    e.consume();
                    panel.onFix.accept(fix);
                });
                box.getChildren().add(b);
            });
            box.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(box, Priority.ALWAYS);
            setText(null);
            setGraphic(box);
            setPrefWidth(0);
        }
    }
}
