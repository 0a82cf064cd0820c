package io.specgraph.ui.shell;

import io.specgraph.engine.StartWorkspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.engine.WorkspaceFile;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The window's commands, shared by the menus and the command palette: open a folder or a workspace file, add a
 * repo by URL, the demo, recent workspaces, reload, switching views and themes, help.
 */
final class ShellCommands {

    private final MainWindow window;
    private final WorkbenchModel wb;

    ShellCommands(MainWindow window, WorkbenchModel wb) {
        this.window = window;
        this.wb = wb;
    }

    /** The commands as palette entries (target = command id). */
    List<PaletteModel.Item> items() {
        return List.of(
                cmd("New document (initiative, spec, contract, ADR, bug, hotfix)…", "Ctrl+N", "new-document"),
                cmd("Route a production hotfix (hotfix, follow-up, contract change, policy ADR)…", "", "hotfix"),
                cmd("Open folder…", "Ctrl+O", "open-folder"),
                cmd("Open workspace file…", "Ctrl+Shift+O", "open-workspace"),
                cmd("Add repo by URL…", "Ctrl+Shift+A", "add-repo"),
                cmd("Open the demo workspace", "", "open-demo"),
                cmd("Reload from disk", "F5", "reload"),
                cmd("Change the folder clones go to…", "", "data-dir"),
                cmd("Show the graph", "Ctrl+1", "board:graph"),
                cmd("Show the reviewer queue", "Ctrl+2", "board:queue"),
                cmd("Show the ADR board", "Ctrl+3", "board:adr"),
                cmd("Show the initiatives", "Ctrl+4", "board:initiatives"),
                cmd("Show the traceability matrix", "Ctrl+5", "board:matrix"),
                cmd("Show the changes (commit and push)", "Ctrl+6", "board:changes"),
                cmd("Switch light / dark theme", "Ctrl+Shift+L", "toggle-theme"),
                cmd("Keyboard shortcuts", "F1", "shortcuts"));
    }

    private static PaletteModel.Item cmd(String label, String keys, String id) {
        return new PaletteModel.Item(PaletteModel.Type.COMMAND, label, keys, id);
    }

    /** Runs a palette entry: a command, or opening a node / document. */
    void run(PaletteModel.Item item) {
        if (item.type() == PaletteModel.Type.NODE) {
            window.select(item.target());
            return;
        }
        if (item.type() == PaletteModel.Type.ACTION) {
            window.runAction(Integer.parseInt(item.target()));
            return;
        }
        if (item.type() == PaletteModel.Type.FILE) {
            window.openDocument(item.target());
            return;
        }
        String id = item.target();
        if (id.startsWith("board:")) {
            window.showBoard(id.substring(6));
            return;
        }
        switch (id) {
            case "new-document" -> newDocument();
            case "hotfix" -> {
                if (wb.model().get() != null) {
                    io.specgraph.ui.wizard.HotfixDialog.show(owner(), wb, window, null);
                }
            }
            case "open-folder" -> openFolder();
            case "open-workspace" -> openWorkspaceFile();
            case "add-repo" -> addRepo();
            case "open-demo" -> openDemo();
            case "reload" -> wb.reload();
            case "data-dir" -> chooseDataDir();
            case "toggle-theme" -> window.theme().choose(window.theme().isDark() ? "light" : "dark");
            case "shortcuts" -> showShortcuts();
            default -> throw new IllegalArgumentException("no command " + id);
        }
    }

    void newDocument() {
        if (wb.model().get() != null) {
            io.specgraph.ui.wizard.NewDocumentDialog.show(owner(), wb, window);
        }
    }

    void openFolder() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Open a repo folder (or a folder holding workspace.json)");
        File f = c.showDialog(owner());
        if (f == null) {
            return;
        }
        Path p = f.toPath();
        if (WorkspaceFile.isWorkspaceFolder(p)) {
            wb.open(p.resolve(WorkspaceFile.FILE_NAME));
        } else {
            wb.openFolders(List.of(p));
        }
    }

    void openWorkspaceFile() {
        FileChooser c = new FileChooser();
        c.setTitle("Open a workspace file");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Workspace files", "*.json"));
        File f = c.showOpenDialog(owner());
        if (f != null) {
            wb.open(f.toPath());
        }
    }

    void addRepo() {
        new CloneDialog(wb, owner()).show();
    }

    void openDemo() {
        try {
            wb.open(StartWorkspace.demo(wb.store()));
        } catch (WorkspaceException e) {
            wb.errorProperty().set(e.getMessage());
            wb.messageProperty().set(e.getMessage());
        }
    }

    void chooseDataDir() {
        DirectoryChooser c = new DirectoryChooser();
        c.setTitle("Folder for cloned repos");
        try {
            File now = wb.store().dataDir().toFile();
            if (now.isDirectory()) {
                c.setInitialDirectory(now);
            }
            File f = c.showDialog(owner());
            if (f != null) {
                wb.store().setDataDir(f.toPath());
                wb.messageProperty().set("New clones go to " + f);
            }
        } catch (WorkspaceException e) {
            wb.messageProperty().set(e.getMessage());
        }
    }

    void fillRecent(Menu menu) {
        menu.getItems().clear();
        try {
            for (Path p : wb.store().recent()) {
                MenuItem mi = new MenuItem(p.getParent() == null ? p.toString()
                        : p.getParent().getFileName() + "  —  " + p);
                mi.setOnAction(e -> wb.open(p));
                mi.setDisable(!Files.exists(p));
                menu.getItems().add(mi);
            }
        } catch (WorkspaceException e) {
            menu.getItems().add(disabled(e.getMessage()));
        }
        if (menu.getItems().isEmpty()) {
            menu.getItems().add(disabled("(none yet)"));
        }
    }

    private static MenuItem disabled(String text) {
        MenuItem mi = new MenuItem(text);
        mi.setDisable(true);
        return mi;
    }

    void showShortcuts() {
        StringBuilder sb = new StringBuilder();
        for (PaletteModel.Item i : items()) {
            if (!i.detail().isEmpty()) {
                sb.append(String.format("%-14s %s%n", i.detail(), i.label()));
            }
        }
        sb.append(String.format("%-14s %s%n", "Ctrl+K", "Command palette / quick open"));
        sb.append(String.format("%-14s %s%n", "Ctrl+W", "Close the document tab"));
        sb.append(String.format("%-14s %s%n", "Ctrl+Shift+F", "Filter the workspace tree"));
        sb.append(String.format("%-14s %s%n", "Ctrl+Q", "Quit"));
        Alert a = new Alert(Alert.AlertType.INFORMATION, sb.toString(), ButtonType.CLOSE);
        a.setHeaderText("Keyboard shortcuts");
        a.getDialogPane().setStyle("-fx-font-family: monospace;");
        a.initOwner(owner());
        a.show();
    }

    void showAbout() {
        String version = ShellCommands.class.getPackage().getImplementationVersion();
        Alert a = new Alert(Alert.AlertType.INFORMATION, "Specgraph " + (version == null ? "(development build)"
                : version) + "\nThe cross-repo spec graph: read, check, draw and edit spec-driven repos.",
                ButtonType.CLOSE);
        a.setHeaderText("About Specgraph");
        a.initOwner(owner());
        a.show();
    }

    private Window owner() {
        return window.root().getScene() == null ? null : window.root().getScene().getWindow();
    }
}
