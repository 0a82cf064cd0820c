package io.specgraph.app;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.ui.common.AppIcon;
import io.specgraph.ui.editor.RecoveryDialog;
import io.specgraph.ui.common.FxTaskRunner;
import io.specgraph.ui.graphview.GraphView;
import io.specgraph.ui.shell.MainWindow;
import io.specgraph.ui.shell.OsTheme;
import io.specgraph.ui.shell.ThemeSwitch;
import io.specgraph.ui.shell.UiSettings;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.scene.Scene;
import javafx.stage.Stage;


/**
 * The GUI's composition root: settings, theme, the open workspace, the main window and its boards, wired by hand.
 * {@link #show} opens the last workspace (else the demo) in the background while the window is already up.
 */
public final class Workbench {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Workbench.class);

    private final AppDirs dirs;
    private final WorkbenchModel wb;
    private final MainWindow window;
    private final GraphView graph;
    private UiSettings settings;

    private Workbench(AppDirs dirs, boolean watch) {
        this.dirs = dirs;
        this.settings = UiSettings.load(dirs.configDir());
        boolean osDark = settings.theme().equals("system") && OsTheme.prefersDark();
        ThemeSwitch theme = new ThemeSwitch(settings.theme(), osDark, t -> {
            settings = settings.withTheme(t);
            settings.save(dirs.configDir());
        });
        theme.apply();
        StartupTrace.mark("theme applied");
        FxTaskRunner tasks = new FxTaskRunner();
        this.wb = new WorkbenchModel(new WorkspaceStore(dirs), tasks, watch);
        this.window = new MainWindow(wb, tasks, theme);
        StartupTrace.mark("main window built");
        this.graph = Boards.addTo(window, wb, tasks);
        window.setNodeActions(new NodeActions(window, wb));
    }

    /** Builds the workbench for {@code dirs} (the user's, or a test's temporary ones). Call on the FX thread. */
    public static Workbench create(AppDirs dirs, boolean watch) {
        return new Workbench(dirs, watch);
    }

    /** Shows the window on {@code stage} and starts opening the start workspace. */
    public void show(Stage stage) {
        show(stage, null);
    }

    /** Shows the window on {@code stage} and opens the start workspace {@code preload} is loading (null: load it). */
    public void show(Stage stage, WorkbenchModel.Preload preload) {
        Scene scene = new Scene(window.root(), settings.width(), settings.height());
        scene.getStylesheets().add(ThemeSwitch.stylesheet());
        stage.setScene(scene);
        stage.titleProperty().bind(wb.workspaceNameProperty().map(n -> n.isEmpty() ? "Specgraph"
                : n + " — Specgraph"));
        stage.getIcons().setAll(AppIcon.images());
        if (!Double.isNaN(settings.x()) && !Double.isNaN(settings.y())) {
            stage.setX(settings.x());
            stage.setY(settings.y());
        }
        stage.setMaximized(settings.maximized());
        window.setDividers(settings.leftDivider(), settings.rightDivider());
        stage.setOnHidden(e -> {
            double[] d = window.dividers();
            settings = settings.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                    stage.isMaximized(), d.length > 0 ? d[0] : 0.18, d.length > 1 ? d[1] : 0.78);
            settings.save(dirs.configDir());
            graph.dispose();
            wb.close();
        });
        stage.show();
        reportStartup(stage);
        if (preload == null) {
            wb.openAtStart();
        } else {
            wb.openAtStart(preload);
        }
    }

    /**
     * Logs how long after the JVM started the window showed a workspace (the first frame after the first snapshot).
     * With {@code -Dspecgraph.startup.bench=true} it prints that to stderr and quits: the startup benchmark.
     */
    private void reportStartup(Stage stage) {
        javafx.beans.value.ChangeListener<Object> first = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object a, Object b) {
                o.removeListener(this);
                StartupTrace.mark("first snapshot published");
                offerRecovery(stage);
                javafx.application.Platform.runLater(() -> {
                    long ms = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                    LOG.info("usable after {} ms", ms);
                    if (StartupTrace.ON) {
                        System.err.println("specgraph: usable after " + ms + " ms");
                        javafx.application.Platform.exit();
                    }
                });
            }
        };
        wb.model().workspaceProperty().addListener(first);
    }

    public WorkbenchModel model() {
        return wb;
    }

    /** Unsaved edits a crash left behind: offered once the first workspace is on screen. */
    private void offerRecovery(Stage stage) {
        if (StartupTrace.ON) {
            return;
        }
        try {
            RecoveryDialog.offer(stage, wb.store().dataDir(), window);
        } catch (WorkspaceException e) {
            LOG.warn("cannot look for unsaved edits to recover", e);
        }
    }

    public GraphView graph() {
        return graph;
    }

    public MainWindow window() {
        return window;
    }
}
