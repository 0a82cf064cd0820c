package io.specgraph.ui.adr;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.AdrBoard;
import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.review.AdrColumn;
import io.specgraph.engine.view.review.AdrScope;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.Styles;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The ADR board tab: one column per ADR lifecycle state (Proposed, In Review, Approved, Rejected, Superseded,
 * Deprecated, then ADRs with no known status), a card per ADR, and filters for global / local and repo.
 */
public final class AdrBoardView {

    private static final String ALL_REPOS = "All repos";
    private static final double COLUMN_WIDTH = 240;
    /** A card's width: the column less its padding, a vertical scroll bar and the cell's right padding. */
    private static final double CARD_WIDTH = COLUMN_WIDTH - 12 - 14 - 2;

    private final AdrBoardViewModel vm;
    private final BorderPane root = new BorderPane();
    private final HBox columns = new HBox(10);
    private final Map<AdrColumn, ListView<AdrCard>> lists = new EnumMap<>(AdrColumn.class);
    private final Map<AdrColumn, Label> heads = new EnumMap<>(AdrColumn.class);
    private final Label total = new Label();
    private final ChangeListener<Workspace> onSnapshot;

    /** A read-only board. */
    public AdrBoardView(WorkspaceModel model, Navigator nav) {
        this(model, nav, null);
    }

    /**
     * A board whose cards offer the ADR lifecycle steps (Move to In Review, Approve, Reject, Supersede with…), each
     * confirmed in a dialog listing what changes; after writing, {@code reload} re-reads the workspace (the shell
     * passes {@code WorkbenchModel::reload}). Null: read-only.
     */
    public AdrBoardView(WorkspaceModel model, Navigator nav, Runnable reload) {
        this.vm = new AdrBoardViewModel(nav, reload);
        root.getStyleClass().addAll(Styles.BOARD, "sg-adr-board");
        root.getStylesheets().add(AdrBoardView.class.getResource("adr.css").toExternalForm());
        root.setTop(header());
        columns.setId("adr-columns");
        columns.setPadding(new Insets(0, 8, 8, 8));
        for (AdrColumn c : AdrColumn.values()) {
            columns.getChildren().add(column(c));
        }
        ScrollPane scroll = new ScrollPane(columns);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().add("adr-scroll");
        root.setCenter(scroll);
        vm.shownProperty().addListener((o, a, b) -> render(b));
        onSnapshot = (o, old, ws) -> vm.setWorkspace(ws);
        model.workspaceProperty().addListener(new WeakChangeListener<>(onSnapshot));
        vm.setWorkspace(model.get());
        render(vm.shownProperty().get());
    }

    public Parent root() {
        return root;
    }

    /** The view-model behind the view (for tests and the shell). */
    public AdrBoardViewModel viewModel() {
        return vm;
    }

    private HBox header() {
        Label title = new Label("ADR board");
        title.getStyleClass().add(Styles.TITLE);
        total.setId("adr-total");
        total.getStyleClass().add(Styles.MUTED);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label message = new Label();
        message.setId("adr-message");
        message.getStyleClass().add(Styles.MUTED);
        message.textProperty().bind(vm.messageProperty());
        HBox top = new HBox(8, title, total, message, spacer);
        top.getChildren().addAll(scopeToggles());
        top.getChildren().add(repoFilter());
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(8));
        return top;
    }

    private List<ToggleButton> scopeToggles() {
        ToggleGroup group = new ToggleGroup();
        List<ToggleButton> buttons = new java.util.ArrayList<>();
        for (AdrScope s : AdrScope.values()) {
            ToggleButton t = new ToggleButton(s.label());
            t.setId("adr-scope-" + s.name().toLowerCase(Locale.ROOT));
            t.setUserData(s);
            t.setToggleGroup(group);
            buttons.add(t);
        }
        group.selectToggle(buttons.get(0));
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                vm.scopeProperty().set((AdrScope) b.getUserData());
            }
        });
        vm.scopeProperty().addListener((o, a, b) -> buttons.stream().filter(t -> t.getUserData() == b).findFirst()
                .ifPresent(group::selectToggle));
        return buttons;
    }

    private ComboBox<String> repoFilter() {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId("adr-repo-filter");
        combo.getItems().add(ALL_REPOS);
        combo.getItems().addAll(vm.repos());
        combo.setValue(ALL_REPOS);
        vm.repos().addListener((ListChangeListener<String>) c -> {
            String keep = vm.repoProperty().get();
            combo.getItems().setAll(ALL_REPOS);
            combo.getItems().addAll(vm.repos());
            combo.setValue(keep == null ? ALL_REPOS : keep);
        });
        combo.valueProperty().addListener((o, a, b) -> vm.repoProperty().set(b == null || ALL_REPOS.equals(b)
                ? null : b));
        vm.repoProperty().addListener((o, a, b) -> combo.setValue(b == null ? ALL_REPOS : b));
        return combo;
    }

    private void render(AdrBoard board) {
        total.setText(board == null ? "no workspace" : board.size() + (board.size() == 1 ? " ADR" : " ADRs"));
        for (AdrColumn c : AdrColumn.values()) {
            List<AdrCard> cards = board == null ? List.of() : board.column(c);
            heads.get(c).setText(c.label() + " (" + cards.size() + ")");
            lists.get(c).getItems().setAll(cards);
        }
    }

    /** A column: its title and a virtualised list of cards (only the cards in sight are built). */
    private VBox column(AdrColumn column) {
        Label head = new Label(column.label());
        head.getStyleClass().add("adr-column-title");
        heads.put(column, head);
        String name = column.name().toLowerCase(Locale.ROOT).replace('_', '-');
        ListView<AdrCard> list = new ListView<>();
        list.setId("adr-list-" + name);
        list.getStyleClass().add("adr-card-list");
        list.setFocusTraversable(false);
        Label none = new Label("none");
        none.getStyleClass().add(Styles.MUTED);
        list.setPlaceholder(none);
        list.setCellFactory(v -> new CardCell());
        lists.put(column, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(8, head, list);
        box.setId("adr-column-" + name);
        box.getStyleClass().addAll("adr-column", "adr-column-" + name);
        box.setPrefWidth(COLUMN_WIDTH);
        box.setMinWidth(COLUMN_WIDTH);
        box.setMaxWidth(COLUMN_WIDTH);
        box.setPadding(new Insets(6));
        return box;
    }

    /** A list cell showing one card, as wide as the list so that its text wraps. */
    private final class CardCell extends ListCell<AdrCard> {

        CardCell() {
            setPrefWidth(0);
            getStyleClass().add("adr-card-cell");
        }

        /** The card's own height (its text wrapped at its fixed width), whatever width the list asks with. */
        @Override
        protected double computePrefHeight(double width) {
            Node card = getGraphic();
            if (card == null) {
                return super.computePrefHeight(width);
            }
            Insets in = getInsets();
            return snapSizeY(card.prefHeight(-1)) + in.getTop() + in.getBottom();
        }

        @Override
        protected void updateItem(AdrCard card, boolean empty) {
            super.updateItem(card, empty);
            setText(null);
            setGraphic(empty || card == null ? null : AdrCardNode.of(card, vm, CARD_WIDTH));
        }
    }
}
