package io.specgraph.ui.shell;

import io.specgraph.engine.view.HealthIndex;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.ui.common.KindStyle;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Optional;

/**
 * A document tab: the node's file as written (read-only here; the template editor of issue 6 replaces it), with
 * its findings above; clicking a finding moves to its line. Follows new snapshots (an edit on disk shows at once).
 */
public final class DocumentView {

    private final WorkspaceModel model;
    private final String key;
    private final Label header = new Label();
    private final ListView<Finding> findings = new ListView<>();
    private final TextArea text = new TextArea();
    private final VBox root;

    public DocumentView(WorkspaceModel model, String key) {
        this.model = model;
        this.key = key;
        text.setEditable(false);
        text.setId("document-text");
        text.setStyle("-fx-font-family: monospace;");
        findings.setPrefHeight(110);
        findings.setId("document-findings");
        findings.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : (f.line() > 0 ? "line " + f.line() + "  " : "") + f.rule()
                        + "  " + f.message());
            }
        });
        findings.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> {
            if (f != null && f.line() > 0) {
                goToLine(f.line());
            }
        });
        header.getStyleClass().add(Styles.TITLE);
        VBox.setVgrow(text, Priority.ALWAYS);
        root = new VBox(6, header, findings, text);
        root.setStyle("-fx-padding: 8;");
        model.workspaceProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public Parent root() {
        return root;
    }

    public String key() {
        return key;
    }

    /** The node shown, if the snapshot still has it. */
    public Optional<Node> node() {
        return model.get() == null ? Optional.empty() : model.get().graph().node(key);
    }

    private void refresh() {
        Optional<Node> n = node();
        if (n.isEmpty()) {
            header.setText(key + " — no longer in the workspace");
            return;
        }
        Node node = n.get();
        header.setText(node.id() + "  " + node.title() + "   " + node.repo() + "/" + node.path());
        header.setGraphic(KindStyle.of(node.kind()).newIcon());
        int caret = text.getCaretPosition();
        String content = node.content().text();
        if (!content.equals(text.getText())) {
            text.setText(content);
            text.positionCaret(Math.min(caret, content.length()));
        }
        findings.getItems().setAll(HealthIndex.of(model.get()).findings(key));
        findings.setVisible(!findings.getItems().isEmpty());
        findings.setManaged(!findings.getItems().isEmpty());
    }

    /** Puts the caret at the start of 1-based {@code line}. */
    public void goToLine(int line) {
        String s = text.getText();
        int pos = 0;
        for (int l = 1; l < line && pos >= 0; l++) {
            pos = s.indexOf('\n', pos);
            pos = pos < 0 ? -1 : pos + 1;
        }
        if (pos >= 0) {
            text.positionCaret(pos);
            text.requestFocus();
        }
    }
}
