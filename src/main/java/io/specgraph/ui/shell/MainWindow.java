package io.specgraph.ui.shell;

import io.specgraph.engine.Workspace;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.NodeAction;
import io.specgraph.ui.editor.DocumentEditor;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.javafx.FontIcon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The main window (FXML frame, filled in code): workspace tree left, boards and document tabs in the centre,
 * inspector and gate panel right, status bar below, command palette over everything. Implements the
 * {@link Navigator} every view uses, so a board row is one click from the graph and the document.
 */
public final class MainWindow implements Navigator {

    /** A fixed tab: the graph or a board; its content is built when the tab is first shown. */
    public record Board(String id, String title, String icon, java.util.function.Supplier<Parent> content) {
    }

    @FXML private StackPane root;
    @FXML private StackPane leftPane;
    @FXML private StackPane rightPane;
    @FXML private TabPane tabs;
    @FXML private SplitPane split;
    @FXML private Label statusText;
    @FXML private Label taskText;
    @FXML private Label counts;
    @FXML private ProgressIndicator busy;
    @FXML private Menu recentMenu;
    @FXML private RadioMenuItem themeSystem;
    @FXML private RadioMenuItem themeLight;
    @FXML private RadioMenuItem themeDark;

    private final WorkbenchModel wb;
    private final FxTaskRunner tasks;
    private final ThemeSwitch theme;
    private final List<Board> boards = new ArrayList<>();
    private Consumer<String> graphFocus = k -> { };
    private WorkspaceTreeView tree;
    private PaletteView palette;
    private ShellCommands commands;
    private InspectorView inspector;
    private PaletteModel paletteModel;
    private NodeAction.Source nodeActions = NodeAction.Source.NONE;
    private List<NodeAction> shownActions = List.of();

    public MainWindow(WorkbenchModel wb, FxTaskRunner tasks, ThemeSwitch theme) {
        this.wb = wb;
        this.tasks = tasks;
        this.theme = theme;
        FXMLLoader loader = new FXMLLoader(MainWindow.class.getResource("/io/specgraph/ui/shell/main.fxml"));
        loader.setController(this);
        try {
            loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("the main window layout is missing from the build", e);
        }
    }

    @FXML
    private void initialize() {
        tree = new WorkspaceTreeView(wb, this);
        leftPane.getChildren().add(tree.root());
        inspector = new InspectorView(wb.model(), this, wb.selectedProperty());
        rightPane.getChildren().add(inspector.root());
        commands = new ShellCommands(this, wb);
        PaletteModel pm = new PaletteModel(commands.items());
        paletteModel = pm;
        palette = new PaletteView(pm, commands::run);
        root.getChildren().add(palette.root());
        wb.model().workspaceProperty().addListener((o, a, b) -> {
            pm.index(b);
            counts.setText(counts(b));
        });
        statusText.textProperty().bind(wb.messageProperty());
        taskText.textProperty().bind(tasks.currentProperty());
        busy.visibleProperty().bind(tasks.runningProperty().greaterThan(0));
        split.setDividerPositions(0.18, 0.78);
        root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).addListener((o, was, window) -> {
            if (window != null) {
                window.addEventFilter(javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
                    if (!confirmCloseAll()) {
                        e.consume();
                    }
                });
            }
        });
        recentMenu.setOnShowing(e -> commands.fillRecent(recentMenu));
        commands.fillRecent(recentMenu);
        (switch (theme.choice()) {
            case "light" -> themeLight;
            case "dark" -> themeDark;
            default -> themeSystem;
        }).setSelected(true);
    }

    private static String counts(Workspace ws) {
        if (ws == null) {
            return "";
        }
        long errors = ws.findings().stream().filter(f -> f.severity() == io.specgraph.model.Severity.ERROR).count();
        return ws.graph().repos().size() + " repos · " + ws.graph().nodes().size() + " nodes · " + errors
                + " errors";
    }

    /** Adds a fixed tab (graph or board), in order; the first five get Ctrl+1…5. */
    public void addBoard(Board board) {
        boards.add(board);
        Tab tab = new Tab(board.title());
        tab.setId("tab-" + board.id());
        Runnable build = () -> {
            if (tab.getContent() == null) {
                tab.setContent(board.content().get());
            }
        };
        tab.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                build.run();
            }
        });
        tab.setClosable(false);
        if (board.icon() != null) {
            tab.setGraphic(new FontIcon(board.icon()));
        }
        int at = (int) tabs.getTabs().stream().filter(t -> !t.isClosable()).count();
        tabs.getTabs().add(at, tab);
        if (at == 0) {
            tabs.getSelectionModel().select(tab);
            build.run();
        }
    }

    /** The actions the inspector and the palette offer for the selected node (fan out, approve, archive …). */
    public void setNodeActions(NodeAction.Source actions) {
        this.nodeActions = actions;
        inspector.setActions(actions);
    }

    /** Adds a panel to the inspector, under the node's actions (the OpenSpec change's stage and archive). */
    public void addInspectorPanel(Parent panel) {
        inspector.addPanel(panel);
    }

    /** Runs the palette's action entry {@code index} (of the actions listed when the palette opened). */
    void runAction(int index) {
        if (index >= 0 && index < shownActions.size()) {
            shownActions.get(index).run().run();
        }
    }

    /** What {@link #showInGraph} calls after switching to the graph tab. */
    public void setGraphFocus(Consumer<String> focus) {
        this.graphFocus = focus;
    }

    public Parent root() {
        return root;
    }

    public double[] dividers() {
        return split.getDividerPositions();
    }

    public void setDividers(double left, double right) {
        split.setDividerPositions(left, right);
    }

    @Override
    public void select(String nodeKey) {
        wb.selectedProperty().set(nodeKey);
    }

    @Override
    public void showInGraph(String nodeKey) {
        select(nodeKey);
        showBoard("graph");
        graphFocus.accept(nodeKey);
    }

    @Override
    public void openDocument(String nodeKey) {
        select(nodeKey);
        for (Tab t : tabs.getTabs()) {
            if (("doc:" + nodeKey).equals(t.getId())) {
                tabs.getSelectionModel().select(t);
                return;
            }
        }
        DocumentEditor editor = new DocumentEditor(wb, nodeKey, tasks);
        editor.setNavigator(this);
        Tab tab = new Tab();
        tab.textProperty().bind(editor.titleProperty());
        tab.setContent(editor.root());
        tab.setId("doc:" + nodeKey);
        tab.setUserData(editor);
        tab.setOnCloseRequest(e -> {
            if (!editor.confirmClose()) {
                e.consume();
            }
        });
        wb.model().get().graph().node(nodeKey)
                .ifPresent(n -> tab.setGraphic(io.specgraph.ui.common.KindStyle.of(n.kind()).newIcon()));
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    /** Switches to the fixed tab with {@code id}. */
    public void showBoard(String id) {
        tabs.getTabs().stream().filter(t -> ("tab-" + id).equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private void showBoard(int index) {
        if (index < boards.size()) {
            showBoard(boards.get(index).id());
        }
    }

    public void showPalette() {
        String key = wb.selectedProperty().get();
        shownActions = key == null || wb.model().get() == null ? List.of() : nodeActions.actions(key);
        List<PaletteModel.Item> items = new ArrayList<>();
        for (int i = 0; i < shownActions.size(); i++) {
            items.add(new PaletteModel.Item(PaletteModel.Type.ACTION, shownActions.get(i).label(),
                    "action · " + key.substring(key.indexOf('/') + 1), Integer.toString(i)));
        }
        paletteModel.setActions(items);
        palette.show();
    }

    public ThemeSwitch theme() {
        return theme;
    }

    TabPane tabs() {
        return tabs;
    }

    WorkspaceTreeView tree() {
        return tree;
    }

    @FXML private void newDocument() {
        commands.newDocument();
    }

    @FXML private void openFolder() {
        commands.openFolder();
    }

    @FXML private void openWorkspaceFile() {
        commands.openWorkspaceFile();
    }

    @FXML private void addRepo() {
        commands.addRepo();
    }

    @FXML private void openDemo() {
        commands.openDemo();
    }

    @FXML private void chooseDataDir() {
        commands.chooseDataDir();
    }

    @FXML private void reload() {
        wb.reload();
    }

    @FXML private void quit() {
        if (confirmCloseAll()) {
            root.getScene().getWindow().hide();
        }
    }

    @FXML private void showBoard1() {
        showBoard(0);
    }

    @FXML private void showBoard2() {
        showBoard(1);
    }

    @FXML private void showBoard3() {
        showBoard(2);
    }

    @FXML private void showBoard4() {
        showBoard(3);
    }

    @FXML private void showBoard5() {
        showBoard(4);
    }

    @FXML private void showBoard6() {
        showBoard(5);
    }

    @FXML private void closeTab() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t != null && t.isClosable() && (!(t.getUserData() instanceof DocumentEditor e) || e.confirmClose())) {
            tabs.getTabs().remove(t);
        }
    }

    /**
     * Asks about every document tab with unsaved edits (save / don't save / cancel), before the window closes.
     * False when the user cancelled.
     */
    public boolean confirmCloseAll() {
        for (Tab t : List.copyOf(tabs.getTabs())) {
            if (t.getUserData() instanceof DocumentEditor e) {
                tabs.getSelectionModel().select(t);
                if (!e.confirmClose()) {
                    return false;
                }
                tabs.getTabs().remove(t);
            }
        }
        return true;
    }

    @FXML private void focusTreeFilter() {
        tree.root().lookup("#tree-filter").requestFocus();
    }

    @FXML private void themeChosen() {
        theme.choose(themeDark.isSelected() ? "dark" : themeLight.isSelected() ? "light" : "system");
    }

    @FXML private void toggleTheme() {
        theme.choose(theme.isDark() ? "light" : "dark");
        (theme.isDark() ? themeDark : themeLight).setSelected(true);
    }

    @FXML private void showShortcuts() {
        commands.showShortcuts();
    }

    @FXML private void showAbout() {
        commands.showAbout();
    }
}
