package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.Recovery;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Offers back the unsaved buffers a crash left in the recovery folder (at start-up): one row per file with when it
 * was autosaved. "Open" opens the document, whose editor then offers to restore the draft; "Discard" deletes it.
 */
public final class RecoveryDialog {

    private static final Logger LOG = LoggerFactory.getLogger(RecoveryDialog.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final Recovery recovery;
    private final Navigator navigator;
    private final ListView<Recovery.Draft> list = new ListView<>();
    private final VBox root;

    /** A view of the drafts in {@code recovery}; opening one goes through {@code navigator}. */
    public RecoveryDialog(Recovery recovery, Navigator navigator) {
        this.recovery = recovery;
        this.navigator = navigator;
        list.setId("recovery-drafts");
        list.getItems().setAll(recovery.pending());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Recovery.Draft d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.repo() + "/" + d.path() + "   autosaved "
                        + TIME.format(d.saved()));
            }
        });
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(180);
        Label intro = new Label("Specgraph did not close normally. These documents had unsaved edits:");
        intro.setWrapText(true);
        Button open = new Button("Open", new FontIcon("mdi2f-file-document-edit-outline"));
        open.setId("recovery-open");
        open.setOnAction(e -> open());
        Button discard = new Button("Discard", new FontIcon("mdi2d-delete-outline"));
        discard.setId("recovery-discard");
        discard.setOnAction(e -> discard());
        open.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        discard.disableProperty().bind(open.disableProperty());
        Label hint = new Label("Opening a document offers its recovered edits above the text.");
        hint.getStyleClass().add(Styles.MUTED);
        root = new VBox(8, intro, list, new HBox(8, open, discard), hint);
        root.setId("recovery");
    }

    /** Shows the dialog (not modal) when the data folder's recovery area holds drafts; does nothing otherwise. */
    public static void offer(Window owner, Path dataDir, Navigator navigator) {
        Recovery r = Recovery.under(dataDir);
        if (r.pending().isEmpty()) {
            return;
        }
        Dialog<Void> d = new Dialog<>();
        d.setTitle("Recover unsaved edits");
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.getDialogPane().setContent(new RecoveryDialog(r, navigator).root());
        d.getDialogPane().getButtonTypes().add(new ButtonType("Later", ButtonType.CLOSE.getButtonData()));
        d.show();
    }

    public Parent root() {
        return root;
    }

    /** The drafts still listed. */
    public List<Recovery.Draft> drafts() {
        return List.copyOf(list.getItems());
    }

    private void open() {
        Recovery.Draft d = list.getSelectionModel().getSelectedItem();
        if (d != null) {
            navigator.openDocument(d.nodeKey());
            list.getItems().remove(d);
        }
    }

    private void discard() {
        Recovery.Draft d = list.getSelectionModel().getSelectedItem();
        if (d == null) {
            return;
        }
        try {
            recovery.discard(d.file());
            list.getItems().remove(d);
        } catch (IOException e) {
            LOG.warn("cannot discard the draft of {}", d.file(), e);
        }
    }
}
