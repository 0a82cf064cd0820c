package io.specgraph.engine;

import io.specgraph.graph.gate.Gates;
import io.specgraph.model.RepoSpec;
import io.specgraph.parse.RepoPlan;
import io.specgraph.parse.RepoReader;
import io.specgraph.parse.Unit;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * snapshots are immutable and may be read from any thread.
 */
public final class LiveWorkspace {

    /** The start of {@link LiveUpdate#fullReload} when the incremental path failed (a bug; the reload is correct). */
    public static final String INCREMENTAL_FAILED = "the incremental update failed";

    private final List<RepoSpec> repos;
    private final RepoReader reader;
    private final Gates rules;
    private final Map<String, Map<String, byte[]>> overlays = new HashMap<>();
    private LiveState state;

    private LiveWorkspace(List<RepoSpec> repos, RepoReader reader, Gates rules, LiveState state) {
        this.repos = List.copyOf(repos);
        this.reader = reader;
        this.rules = rules;
        this.state = state;
    }

    /** A live workspace over {@code loaded}, read with the standard readers and checked with the standard rules. */
    public static LiveWorkspace of(Workspace loaded) {
        return of(loaded, RepoReader.standard(), Gates.standard());
    }

    /** A live workspace over {@code loaded}, which {@code reader} read and {@code rules} checked. */
    public static LiveWorkspace of(Workspace loaded, RepoReader reader, Gates rules) {
        LiveState state = new LiveState(loaded.plans(), loaded.results(), loaded.history(), loaded.gates().policy(),
                loaded.documents(), rules, Map.of());
        return new LiveWorkspace(loaded.plans().stream().map(RepoPlan::spec).toList(), reader, rules, state);
    }

    /** The current snapshot. */
    public synchronized Workspace snapshot() {
        return state.current();
    }

    /**
     * Takes one change of one file and re-checks what it affects.
     *
     * @param repo  the repo name
     * @param path  the file, repo-relative
     * @param bytes the editor buffer, or null to read the file from disk again (also for a file deleted or created)
     * @throws IllegalArgumentException for a repo the workspace does not have, or a path outside the repo
     */
    public synchronized LiveUpdate update(String repo, String path, byte[] bytes) {
        RepoPlan plan = state.plan(repo);
        if (plan == null) {
            throw new IllegalArgumentException("no repo named " + repo + " in the workspace");
        }
        String rel = normalize(path);
        Map<String, byte[]> mine = overlays.computeIfAbsent(repo, k -> new HashMap<>());
        if (bytes == null) {
            mine.remove(rel);
        } else {
            mine.put(rel, bytes.clone());
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
            return new LiveUpdate(state.current(), Set.of(), Set.of(), null);
        }
        try {
            return state.reread(repo, units, Workspace.source(repo, plan.info().path(), overlays), reader);
        } catch (RuntimeException e) {
            // A bug must not leave a half-updated state behind: start again from the documents.
            return reload(INCREMENTAL_FAILED + " (" + e + ")");
        }
    }

    /** Loads every repo again from disk and the unsaved buffers, and re-checks everything. */
    public synchronized LiveUpdate reload() {
        return reload("reload requested");
    }

    private LiveUpdate reload(String reason) {
        Workspace.Read read = Workspace.read(repos, reader, rules, overlays);
        state = new LiveState(read.plans(), read.results(), read.history(), read.policy(), read.documents(), rules,
                overlays);
        Set<String> all = LiveState.keysOf(state.current());
        return new LiveUpdate(state.current(), all, all, reason);
    }

    /** A repo-relative, {@code /}-separated path without {@code .} segments; one that leaves the repo is refused. */
    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String seg : path.replace('\\', '/').split("/")) {
            if (seg.isEmpty() || seg.equals(".")) {
                continue;
            }
            if (seg.equals("..")) {
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException("the path " + path + " leaves the repo");
                }
                parts.removeLast();
            } else {
                parts.addLast(seg);
            }
        }
        if (parts.isEmpty() || Path.of(path).isAbsolute()) {
            throw new IllegalArgumentException("not a repo-relative file path: " + path);
        }
        return String.join("/", parts);
    }
}
