package io.specgraph.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/**
 * The command palette as an overlay at the top of the window: type to filter, arrows to move, Enter to run, Escape
 * (or a click outside) to close.
 */
public final class PaletteView {

    private final PaletteModel model;
    private final Consumer<PaletteModel.Item> run;
    private final TextField query = new TextField();
    private final ListView<PaletteModel.Item> list = new ListView<>();
    private final StackPane root = new StackPane();

    public PaletteView(PaletteModel model, Consumer<PaletteModel.Item> run) {
        this.model = model;
        this.run = run;
        query.setId("palette-query");
        query.setPromptText("Type a node id, a title, a file or a command");
        list.setId("palette-list");
        list.setPrefHeight(360);
        list.setCellFactory(l -> new ItemCell());
        query.textProperty().addListener((o, a, b) -> filter());
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.getSelectionModel().selectNext();
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                list.getSelectionModel().selectPrevious();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                runSelected();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                runSelected();
            }
        });
        VBox panel = new VBox(4, query, list);
        panel.setId("palette");
        panel.getStyleClass().add("sg-card");
        panel.setMaxWidth(640);
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        panel.setStyle("-fx-effect: dropshadow(gaussian, rgba(0,0,0,0.35), 18, 0, 0, 4);");
        StackPane.setAlignment(panel, Pos.TOP_CENTER);
        root.getChildren().add(panel);
        root.setStyle("-fx-padding: 60 0 0 0; -fx-background-color: rgba(0,0,0,0.15);");
        root.setOnMouseClicked(e -> {
            if (e.getTarget() == root) {
                hide();
            }
        });
        root.setVisible(false);
    }

    public Parent root() {
        return root;
    }

    public boolean isShowing() {
        return root.isVisible();
    }

    /** Shows the palette with an empty query and focuses it. */
    public void show() {
        query.clear();
        filter();
        root.setVisible(true);
        query.requestFocus();
    }

    public void hide() {
        root.setVisible(false);
    }

    private void filter() {
        list.getItems().setAll(model.search(query.getText()));
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
        }
    }

    private void runSelected() {
        PaletteModel.Item item = list.getSelectionModel().getSelectedItem();
        if (item != null) {
            hide();
            run.accept(item);
        }
    }

    private static final class ItemCell extends ListCell<PaletteModel.Item> {
        @Override
        protected void updateItem(PaletteModel.Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            FontIcon icon = new FontIcon(switch (item.type()) {
                case COMMAND -> "mdi2c-console-line";
                case NODE -> "mdi2v-vector-circle";
                case FILE -> "mdi2f-file-document-outline";
                case ACTION -> "mdi2l-lightning-bolt-outline";
            });
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("sg-muted");
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            setText(null);
            setGraphic(new HBox(8, icon, new Label(item.label()), gap, detail));
        }
    }
}
