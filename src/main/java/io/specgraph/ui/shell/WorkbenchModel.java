package io.specgraph.ui.shell;

import io.specgraph.engine.FolderWatcher;
import io.specgraph.engine.LiveUpdate;
import io.specgraph.engine.LiveWorkspace;
import io.specgraph.engine.RepoHealth;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.engine.WorkspaceFile;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.RepoPlan;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The open workspace: loads a workspace file or folders in the background, keeps a {@link LiveWorkspace} for
 * re-checking after file changes (watched on disk, batched), reads each repo's git health, and publishes immutable
 * snapshots to the {@link WorkspaceModel} on the UI thread. Failures become a message; the last good snapshot stays.
 */
public final class WorkbenchModel implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchModel.class);
    static final long QUIET_MILLIS = 250;

    private final WorkspaceStore store;
    private final TaskRunner tasks;
    private final WorkspaceModel model = new WorkspaceModel();
    private final ObjectProperty<Path> workspaceFile = new SimpleObjectProperty<>(this, "workspaceFile");
    private final StringProperty workspaceName = new SimpleStringProperty(this, "workspaceName", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty selected = new SimpleStringProperty(this, "selected");
    private final ObservableList<RepoHealth> repoHealth = FXCollections.observableArrayList();
    private final boolean watch;
    private volatile LiveWorkspace live;
    private final EditQueue edits;
    private FolderWatcher watcher;
    private long loads;

    public WorkbenchModel(WorkspaceStore store, TaskRunner tasks, boolean watch) {
        this.store = store;
        this.tasks = tasks;
        this.watch = watch;
        this.edits = new EditQueue(tasks, (u, note) -> publish(new Update(u, null, note)), this::failed);
    }

    /** What one load produced (crosses from the background to the UI thread; immutable). */
    record Loaded(Path file, String name, LiveWorkspace live, long millis) {
    }

    /** The start workspace being loaded while the toolkit starts (see {@link #preload}). */
    public static final class Preload {
        private final CompletableFuture<Loaded> future;

        private Preload(CompletableFuture<Loaded> future) {
            this.future = future;
        }
    }

    /**
     * Starts loading what the app opens with — the last workspace, else the demo (written on first launch) — on a
     * thread of its own, so that it overlaps starting JavaFX and building the window.
     */
    public static Preload preload(WorkspaceStore store) {
        return preload(store, null);
    }

    /** As {@link #preload(WorkspaceStore)}, opening {@code requested} (a workspace file the app was started with). */
    public static Preload preload(WorkspaceStore store, Path requested) {
        CompletableFuture<Loaded> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(startLoad(store, requested));
                LOG.debug("start workspace loaded after {} ms",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            } catch (Exception | Error e) {
                f.completeExceptionally(e);
            }
        }, "specgraph-preload");
        t.setDaemon(true);
        t.start();
        return new Preload(f);
    }

    private static Loaded startLoad(WorkspaceStore store, Path requested) throws Exception {
        Path f = io.specgraph.engine.StartWorkspace.choose(store, requested);
        WorkspaceFile.Workspace w = WorkspaceFile.read(f);
        return load(f, w.name(), Targets.resolve(List.of(), f));
    }

    /** Opens what the app starts with: the last workspace, else the demo (written on first launch). */
    public void openAtStart() {
        load("Opening the workspace", () -> startLoad(store, null));
    }

    /** Opens the start workspace {@link #preload} is loading. */
    public void openAtStart(Preload preload) {
        load("Opening the workspace", () -> {
            try {
                return preload.future.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception ex ? ex : e;
            }
        });
    }

    /** Opens a workspace file (or a folder holding {@code workspace.json}). */
    public void open(Path file) {
        Path f = file.getFileName() != null && file.toFile().isDirectory()
                ? file.resolve(WorkspaceFile.FILE_NAME) : file;
        load("Opening " + f.getFileName(), () -> {
            WorkspaceFile.Workspace w = WorkspaceFile.read(f);
            return load(f, w.name(), Targets.resolve(List.of(), f));
        });
    }

    /** Opens repo folders as a new workspace (saved under the config dir so it shows in recent workspaces). */
    public void openFolders(List<Path> folders) {
        load("Opening " + folders.size() + " folder(s)", () -> {
            String name = folders.get(0).toAbsolutePath().normalize().getFileName().toString();
            Path file = store.fromFolders(name, folders);
            return load(file, name, Targets.resolve(List.of(), file));
        });
    }

    /** Reads everything again from disk (after {@code git pull}, or when in doubt). */
    public void reload() {
        LiveWorkspace lw = live;
        if (lw == null) {
            return;
        }
        tasks.run("Reloading", () -> publishable(lw.reload()), this::publish, this::failed);
    }

    private interface Loader {
        Loaded load() throws Exception;
    }

    private void load(String title, Loader loader) {
        error.set("");
        tasks.run(title, loader::load, this::opened, this::failed);
    }

    private static Loaded load(Path file, String name, List<RepoSpec> repos) {
        long t0 = System.nanoTime();
        Workspace ws = Workspace.load(repos);
        LiveWorkspace lw = LiveWorkspace.of(ws);
        return new Loaded(file, name, lw, (System.nanoTime() - t0) / 1_000_000);
    }

    private void opened(Loaded l) {
        closeWatcher();
        live = l.live();
        workspaceFile.set(l.file());
        workspaceName.set(l.name());
        Workspace ws = l.live().snapshot();
        model.set(ws);
        repoHealth.clear();
        List<RepoSpec> specs = ws.plans().stream().map(RepoPlan::spec).toList();
        tasks.run("Reading git status", () -> RepoHealth.read(specs), repoHealth::setAll, this::failed);
        loads++;
        message.set(ws.documents() + " documents, " + ws.graph().nodes().size() + " nodes, "
                + ws.findings().size() + " findings · loaded in " + l.millis() + " ms");
        try {
            store.opened(l.file());
        } catch (WorkspaceException e) {
            LOG.warn("cannot remember {} as recent", l.file(), e);
        }
        if (watch) {
            startWatcher(ws);
        }
    }

    private void startWatcher(Workspace ws) {
        Map<String, Path> roots = new LinkedHashMap<>();
        for (RepoPlan p : ws.plans()) {
            roots.put(p.spec().name(), p.spec().path());
        }
        try {
            watcher = FolderWatcher.start(roots, QUIET_MILLIS, b -> tasks.onUi(() -> changedOnDisk(b)));
        } catch (IOException e) {
            LOG.warn("cannot watch the workspace folders", e);
            message.set("Not watching for changes on disk: " + e.getMessage());
        }
    }

    /**
     * An editor's unsaved buffer of one file: re-checks what it affects in the background (incrementally) and
     * publishes the new snapshot; {@code bytes} null drops the buffer and reads the file from disk again (after a
     * save, or to discard the edits). Call on the UI thread; updates are applied in order.
     */
    public void edited(String repo, String path, byte[] bytes) {
        LiveWorkspace lw = live;
        if (lw != null) {
            edits.add(lw, repo, path, bytes);
        }
    }

    /** Files changed outside the app: re-check them (incrementally when it can), then refresh git health. */
    void changedOnDisk(FolderWatcher.Batch batch) {
        LiveWorkspace lw = live;
        if (lw == null) {
            return;
        }
        tasks.run("Checking changed files", () -> {
            LiveUpdate last = null;
            if (batch.overflow()) {
                last = lw.reload();
            } else {
                for (Map.Entry<String, Set<String>> e : batch.changed().entrySet()) {
                    for (String path : e.getValue()) {
                        try {
                            last = lw.update(e.getKey(), path, null);
                        } catch (IllegalArgumentException notInWorkspace) {
                            LOG.debug("ignoring {}", path, notInWorkspace);
                        }
                    }
                }
            }
            return last == null ? null : publishable(last);
        }, this::publish, this::failed);
    }

    private record Update(Workspace workspace, List<RepoHealth> health, String note) {
    }

    private Update publishable(LiveUpdate u) {
        List<RepoSpec> specs = u.workspace().plans().stream().map(RepoPlan::spec).toList();
        return new Update(u.workspace(), RepoHealth.read(specs), note(u));
    }

    static String note(LiveUpdate u) {
        return u.incremental() ? u.reparsed().size() + " re-read, " + u.rechecked().size() + " re-checked"
                : "reloaded (" + u.fullReload() + ")";
    }

    /** Shows an update; {@code health} null keeps the git health (an unsaved edit does not change it). */
    private void publish(Update u) {
        if (u == null) {
            return;
        }
        model.set(u.workspace());
        if (u.health() != null) {
            repoHealth.setAll(u.health());
        }
        message.set("Updated: " + u.note());
    }

    private void failed(Throwable t) {
        String msg = t instanceof WorkspaceException || t instanceof IllegalArgumentException ? t.getMessage()
                : "Unexpected problem: " + t;
        error.set(msg);
        message.set(msg);
    }

    public WorkspaceModel model() {
        return model;
    }

    public ObjectProperty<Path> workspaceFileProperty() {
        return workspaceFile;
    }

    public StringProperty workspaceNameProperty() {
        return workspaceName;
    }

    /** The last status line. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The last failure the user must see (empty when none). */
    public StringProperty errorProperty() {
        return error;
    }

    /** The selected node key (tree, graph, boards and inspector share it). */
    public StringProperty selectedProperty() {
        return selected;
    }

    public ObservableList<RepoHealth> repoHealth() {
        return repoHealth;
    }

    public WorkspaceStore store() {
        return store;
    }

    /** How many workspaces were opened (tests). */
    long loads() {
        return loads;
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    @Override
    public void close() {
        closeWatcher();
    }
}
