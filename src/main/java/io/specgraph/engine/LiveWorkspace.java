package io.specgraph.engine;

import io.specgraph.graph.gate.Gates;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.FileIndex;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A workspace that stays checked while documents are edited (ADR 0007): after one file changes (an editor buffer,
 * or the file on disk), only the units that hold the file are read again, and only the nodes the change can affect
 * are resolved and checked again; the snapshot is the same as a from-scratch load of the same bytes. An edit the
 * incremental path cannot take (a file planning reads, a new or deleted file) reloads the workspace, and the result
 * says so. Unsaved buffers stay in effect until the file is read from disk again. Updates are serialised;
 * snapshots are immutable and may be read from any thread, also while an update is under way.
 */
public final class LiveWorkspace {

    /** The start of {@link LiveUpdate#fullReload} when the incremental path failed (a bug; the reload is correct). */
    public static final String INCREMENTAL_FAILED = "the incremental update failed";
    /** The {@link LiveUpdate#fullReload} after an update that failed and threw (the state it left is not used). */
    public static final String EARLIER_UPDATE_FAILED = "an earlier update failed";

    private final List<RepoSpec> repos;
    private final RepoReader reader;
    private final Gates rules;
    private final Map<String, Map<String, byte[]>> overlays = new HashMap<>();
    private LiveState state;
    /**
     * True while {@link #state} may be half-updated: from the start of an incremental update until it is through,
     * so after one that failed and could not reload either. The next update reloads instead.
     */
    private boolean poisoned;
    /** The last snapshot, readable without waiting for an update in progress. */
    private volatile Workspace current;

    private LiveWorkspace(List<RepoSpec> repos, RepoReader reader, Gates rules, LiveState state) {
        this.repos = List.copyOf(repos);
        this.reader = reader;
        this.rules = rules;
        this.state = state;
        this.current = state.current();
    }

    /**
     * A live workspace over {@code loaded}, read and checked again with what it was loaded with: its readers (and
     * what they cached while planning), its rules and its unsaved buffers.
     */
    public static LiveWorkspace of(Workspace loaded) {
        return of(loaded, loaded.origin().reader(), loaded.origin().rules());
    }

    /**
     * A live workspace over {@code loaded}, which {@code reader} read and {@code rules} checked; the unsaved buffers
     * it was loaded with stay in effect.
     */
    public static LiveWorkspace of(Workspace loaded, RepoReader reader, Gates rules) {
        Workspace.Origin origin = new Workspace.Origin(reader, rules, loaded.origin().overlays());
        LiveState state = new LiveState(loaded.plans(), loaded.results(), loaded.history(), loaded.gates().policy(),
                loaded.documents(), origin);
        LiveWorkspace live = new LiveWorkspace(loaded.plans().stream().map(RepoPlan::spec).toList(), reader, rules,
                state);
        origin.overlays().forEach((repo, buffers) -> live.overlays.put(repo, new HashMap<>(buffers)));
        return live;
    }

    /** The current snapshot: the result of the last update that went through (never waits for one under way). */
    public Workspace snapshot() {
        return current;
    }

    /**
     * Takes one change of one file and re-checks what it affects.
     *
     * @param repo  the repo name
     * @param path  the file, repo-relative
     * @param bytes the editor buffer, or null to read the file from disk again (also for a file deleted or created)
     * @throws IllegalArgumentException for a repo the workspace does not have, or a path outside the repo
     * @throws RuntimeException         when neither the incremental update nor a reload went through (a bug): the
     *                                  snapshot and the unsaved buffers stay as they were, and the next update
     *                                  reloads
     */
    public synchronized LiveUpdate update(String repo, String path, byte[] bytes) {
        RepoPlan plan = state.plan(repo);
        if (plan == null) {
            throw new IllegalArgumentException("no repo named " + repo + " in the workspace");
        }
        String rel = normalize(path);
        Map<String, byte[]> mine = overlays.computeIfAbsent(repo, k -> new HashMap<>());
        byte[] was = bytes == null ? mine.remove(rel) : mine.put(rel, bytes.clone());
        try {
            return take(repo, rel, plan);
        } catch (RuntimeException | Error e) {
            if (was == null) {
                mine.remove(rel);
            } else {
                mine.put(rel, was);
            }
            throw e;
        }
    }

    private LiveUpdate take(String repo, String rel, RepoPlan plan) {
        if (poisoned) {
            return reload(EARLIER_UPDATE_FAILED);
        }
        boolean listed = plan.context().files().isFile(rel);
        boolean onDisk = Files.exists(plan.info().path().resolve(rel), LinkOption.NOFOLLOW_LINKS);
        String reason = state.planReason(repo, rel);
        if (reason == null && listed != onDisk) {
            reason = onDisk ? "a new file: " + rel : "a deleted file: " + rel;
        }
        if (reason != null) {
            return reload(reason);
        }
        List<Unit> units = state.unitsOf(repo, rel);
        if (units.isEmpty()) {
            // No unit reads the file and planning does not either (or it is not on disk yet): nothing changes.
            return new LiveUpdate(current, Set.of(), Set.of(), null);
        }
        poisoned = true;
        LiveUpdate u;
        try {
            u = state.reread(repo, units, origin());
        } catch (RuntimeException e) {
            // A bug must not leave a half-updated state behind: start again from the documents.
            try {
                return reload(INCREMENTAL_FAILED + " (" + e + ")");
            } catch (RuntimeException | Error again) {
                again.addSuppressed(e);
                throw again;
            }
        }
        poisoned = false;
        current = u.workspace();
        return u;
    }

    /** Loads every repo again from disk and the unsaved buffers, and re-checks everything. */
    public synchronized LiveUpdate reload() {
        return reload("reload requested");
    }

    /** Loads everything again; the state and snapshot are replaced only when that goes through. */
    private LiveUpdate reload(String reason) {
        Workspace.Read read = Workspace.read(repos, reader, rules, overlays);
        LiveState next = new LiveState(read.plans(), read.results(), read.history(), read.policy(),
                read.documents(), origin());
        state = next;
        poisoned = false;
        current = next.current();
        Set<String> all = LiveState.keysOf(current);
        return new LiveUpdate(current, all, all, reason);
    }

    /** The readers, rules and a copy of the buffers now in effect. */
    private Workspace.Origin origin() {
        return new Workspace.Origin(reader, rules, overlays);
    }

    /** A repo-relative, {@code /}-separated path without {@code .} segments; one that leaves the repo is refused. */
    static String normalize(String path) {
        String rel = FileIndex.normalize(path.replace('\\', '/'));
        if (rel == null) {
            throw new IllegalArgumentException("the path " + path + " leaves the repo");
        }
        if (rel.isEmpty() || Path.of(path).isAbsolute()) {
            throw new IllegalArgumentException("not a repo-relative file path: " + path);
        }
        return rel;
    }
}
