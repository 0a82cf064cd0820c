package io.specgraph.ui.commit;

import io.specgraph.engine.ChangeSet;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.commit.Changes;
import io.specgraph.engine.view.commit.Committer;
import io.specgraph.engine.view.commit.RepoChanges;
import io.specgraph.git.Author;
import io.specgraph.git.CredentialStores;
import io.specgraph.git.Fault;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.RemoteAccess;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.SpecGraphJson;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The Changes view's state and commands: the pending {@link Changes} (read in the background), the repos chosen to
 * commit, the message (prefilled from what changed until the user edits it), the author (from git config, editable),
 * the selected file's diff, and commit / commit-and-push / fetch-rebase-push. Git work runs through the
 * {@link TaskRunner}; progress and errors are one line in {@link #statusProperty()}; after a commit the workbench
 * reloads.
 */
public final class ChangesViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ChangesViewModel.class);

    /** A selected row: a repo's file (or its regenerated spec-graph.json, {@code regenerated}). */
    public record FileRef(String repo, String path, boolean regenerated) {
    }

    private final WorkbenchModel wb;
    private final TaskRunner tasks;
    private final Supplier<RemoteAccess> access;
    private final ObjectProperty<Changes> changes = new SimpleObjectProperty<>(this, "changes", Changes.NONE);
    private final ObservableSet<String> chosen = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty authorName = new SimpleStringProperty(this, "authorName", "");
    private final StringProperty authorEmail = new SimpleStringProperty(this, "authorEmail", "");
    private final StringProperty diff = new SimpleStringProperty(this, "diff", "");
    private final ObjectProperty<FileRef> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final ObservableList<String> results = FXCollections.observableArrayList();
    private final ObservableList<String> rejected = FXCollections.observableArrayList();
    private String prefilled = "";
    private boolean reading;
    private boolean again;

    /** With the system's credential store for pushes. */
    public ChangesViewModel(WorkbenchModel wb, TaskRunner tasks) {
        this(wb, tasks, () -> RemoteAccess.builder().store(CredentialStores.system()).build());
    }

    public ChangesViewModel(WorkbenchModel wb, TaskRunner tasks, Supplier<RemoteAccess> access) {
        this.wb = wb;
        this.tasks = tasks;
        this.access = access;
        chosen.addListener((javafx.collections.SetChangeListener<String>) c -> prefill());
        selected.addListener((o, old, f) -> loadDiff(f));
    }

    private List<RepoSpec> specs() {
        Workspace ws = wb.model().get();
        return ws == null ? List.of() : ws.plans().stream().map(RepoPlan::spec).toList();
    }

    /** What a background read gives: the changes and the author git config names. */
    private record Read(Changes changes, Optional<Author> author) {
    }

    /** Reads the changes again (in the background); while a read runs, one more follows it. */
    public void refresh() {
        refresh(true);
    }

    private void refresh(boolean announce) {
        Workspace ws = wb.model().get();
        List<RepoSpec> specs = specs();
        if (specs.isEmpty()) {
            return;
        }
        if (reading) {
            again = true;
            return;
        }
        reading = true;
        if (announce) {
            status.set("Reading changes…");
        }
        tasks.run("Reading changes", () -> new Read(Changes.read(specs, ws), Committer.configuredAuthor(specs)), r -> {
            reading = false;
            show(r, announce);
            if (again) {
                again = false;
                refresh(false);
            }
        }, t -> {
            reading = false;
            again = false;
            failed(t);
        });
    }

    private void show(Read r, boolean announce) {
        Changes c = r.changes();
        Set<String> before = Set.copyOf(chosen);
        Set<String> known = new LinkedHashSet<>();
        changes.get().repos().forEach(x -> known.add(x.repo()));
        List<String> now = new ArrayList<>();
        for (RepoChanges x : c.repos()) {
            if (x.hasWork() && (before.contains(x.repo()) || !known.contains(x.repo()))) {
                now.add(x.repo());
            }
        }
        chosen.retainAll(now);
        chosen.addAll(now);
        changes.set(c);
        if (authorName.get().isBlank() && authorEmail.get().isBlank()) {
            r.author().ifPresent(a -> {
                authorName.set(a.name());
                authorEmail.set(a.email());
            });
        }
        prefill();
        FileRef f = selected.get();
        if (f != null && c.repo(f.repo()).map(x -> !listed(x, f)).orElse(true)) {
            selected.set(null);
        } else {
            loadDiff(f);
        }
        if (announce) {
            status.set("");
        }
        long files = c.repos().stream().mapToLong(x -> x.files().size()).sum();
        summary.set(c.isEmpty() ? "No changes: every repo is committed and pushed"
                : files + " changed file(s) in " + c.repos().stream().filter(RepoChanges::hasWork).count()
                + " repo(s)");
    }

    private static boolean listed(RepoChanges r, FileRef f) {
        return f.regenerated() ? r.regenerates() : r.files().stream().anyMatch(x -> x.path().equals(f.path()));
    }

    /** Sets the message from what changed in the chosen repos, unless the user has edited it. */
    private void prefill() {
        if (!message.get().equals(prefilled)) {
            return;
        }
        prefilled = changes.get().message(chosen);
        message.set(prefilled);
    }

    /** Puts the message back to what the changes suggest. */
    public void resetMessage() {
        prefilled = message.get();
        prefill();
    }

    private void loadDiff(FileRef f) {
        if (f == null) {
            diff.set("");
            return;
        }
        if (f.regenerated()) {
            diff.set(SpecGraphJson.FILE_NAME + " is out of date with the documents: committing " + f.repo()
                    + " writes it again from them first (specgraph graph --format spec-graph).");
            return;
        }
        Optional<RepoSpec> spec = specs().stream().filter(s -> s.name().equals(f.repo())).findFirst();
        if (spec.isEmpty()) {
            diff.set("");
            return;
        }
        tasks.run("Reading the diff", () -> Changes.diff(spec.get(), f.path()), d -> {
            if (f.equals(selected.get())) {
                diff.set(d.isEmpty() ? "(no difference in the text)" : d);
            }
        }, t -> diff.set(t.getMessage()));
    }

    /** Commits the chosen repos and, if {@code push}, pushes them; then the workbench reloads. */
    public void commit(boolean push) {
        String msg = message.get().strip();
        if (busy.get()) {
            return;
        }
        if (chosen.isEmpty()) {
            status.set("Choose at least one repo to commit");
            return;
        }
        if (msg.isEmpty()) {
            status.set("Write a commit message first");
            return;
        }
        Author author;
        try {
            author = authorName.get().isBlank() && authorEmail.get().isBlank() ? null
                    : new Author(authorName.get().strip(), authorEmail.get().strip());
        } catch (IllegalArgumentException e) {
            status.set("The author needs both a name and an e-mail");
            return;
        }
        List<RepoSpec> all = specs();
        Set<String> repos = Set.copyOf(chosen);
        busy.set(true);
        results.clear();
        rejected.clear();
        status.set(push ? "Committing and pushing…" : "Committing…");
        tasks.run(push ? "Committing and pushing" : "Committing", () -> {
            try (RemoteAccess a = access.get()) {
                return Committer.commit(all, repos, msg, author, push, a, this::progress);
            }
        }, o -> {
            busy.set(false);
            done(o.results(), o.regenerated());
            rejected.setAll(o.rejected());
        }, this::failed);
    }

    /** After a rejected push: fetches, rebases the local commits on the server's and pushes, per rejected repo. */
    public void rebaseAndPush() {
        if (busy.get() || rejected.isEmpty()) {
            return;
        }
        List<RepoSpec> repos = specs().stream().filter(s -> rejected.contains(s.name())).toList();
        busy.set(true);
        status.set("Fetching, rebasing and pushing…");
        tasks.run("Fetching, rebasing and pushing", () -> {
            try (RemoteAccess a = access.get()) {
                return Committer.rebaseAndPush(repos, a, this::progress);
            }
        }, out -> {
            busy.set(false);
            rejected.clear();
            done(out, List.of());
            out.stream().filter(r -> r.fault() == Fault.NON_FAST_FORWARD).forEach(r -> rejected.add(r.repo()));
        }, this::failed);
    }

    private void done(List<ChangeSet.RepoResult> out, List<String> regenerated) {
        results.setAll(out.stream().map(Committer::describe).toList());
        regenerated.forEach(r -> results.add(r + ": " + SpecGraphJson.FILE_NAME + " regenerated"));
        long failed = out.stream().filter(ChangeSet.RepoResult::failed).count();
        prefilled = "";
        message.set("");
        wb.reload();
        refresh(false);
        status.set(failed == 0 ? "Done: " + out.size() + " repo(s)" : failed + " of " + out.size()
                + " repo(s) failed; nothing was lost — see below");
    }

    private ProgressListener progress(String repo) {
        return new ProgressListener() {
            @Override
            public void task(String title, int totalWork) {
                tasks.onUi(() -> status.set(repo + ": " + title));
            }

            @Override
            public void worked(int units) {
                // the phase is enough for a one-line status
            }
        };
    }

    private void failed(Throwable t) {
        busy.set(false);
        LOG.warn("git work failed", t);
        status.set(t.getMessage() == null ? t.toString() : t.getMessage());
    }

    public ObjectProperty<Changes> changesProperty() {
        return changes;
    }

    /** The repos to commit (all with changes at first; the user unticks some). */
    public ObservableSet<String> chosen() {
        return chosen;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty authorNameProperty() {
        return authorName;
    }

    public StringProperty authorEmailProperty() {
        return authorEmail;
    }

    public StringProperty diffProperty() {
        return diff;
    }

    public ObjectProperty<FileRef> selectedProperty() {
        return selected;
    }

    /** One line: what runs, or the last outcome or error. */
    public StringProperty statusProperty() {
        return status;
    }

    /** What is pending: how many files in how many repos, or that everything is committed and pushed. */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** The workspace snapshot changed (files saved, a reload): reads the changes again without a status line. */
    public void workspaceChanged() {
        refresh(false);
    }

    /** True while a commit or push runs (the buttons are disabled). */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /** One line per repo of the last commit or push. */
    public ObservableList<String> results() {
        return results;
    }

    /** Repos whose push the server refused because it has newer commits: offer fetch, rebase and push. */
    public ObservableList<String> rejected() {
        return rejected;
    }
}
