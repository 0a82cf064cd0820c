package io.specgraph.ui.shell;

import io.specgraph.engine.LiveUpdate;
import io.specgraph.engine.LiveWorkspace;
import io.specgraph.engine.Workspace;
import io.specgraph.ui.common.TaskRunner;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Unsaved editor buffers on their way to the live workspace: one background run at a time applies the newest
 * buffer of each edited file (older ones are dropped, so fast typing costs one re-check per pause), in the order the
 * files were first edited, then publishes once. {@link #add} is called on the UI thread.
 */
final class EditQueue {

    private final TaskRunner tasks;
    private final BiConsumer<Workspace, String> publish;
    private final Consumer<Throwable> failed;
    private final Map<String, Optional<byte[]>> pending = new LinkedHashMap<>();
    private boolean draining;
    private LiveWorkspace live;

    EditQueue(TaskRunner tasks, BiConsumer<Workspace, String> publish, Consumer<Throwable> failed) {
        this.tasks = tasks;
        this.publish = publish;
        this.failed = failed;
    }

    /** Queues {@code bytes} (null: back to the file on disk) for {@code repo}/{@code path} of {@code lw}. */
    void add(LiveWorkspace lw, String repo, String path, byte[] bytes) {
        synchronized (pending) {
            if (live != lw) {
                pending.clear(); // another workspace was opened: its buffers do not apply
                live = lw;
            }
            pending.put(repo + "\0" + path, Optional.ofNullable(bytes == null ? null : bytes.clone()));
        }
        if (!draining) {
            draining = true;
            drain(lw);
        }
    }

    private void drain(LiveWorkspace lw) {
        tasks.run("Checking edits", () -> {
            LiveUpdate last = null;
            while (true) {
                Map.Entry<String, Optional<byte[]>> next;
                synchronized (pending) {
                    if (pending.isEmpty()) {
                        break;
                    }
                    Iterator<Map.Entry<String, Optional<byte[]>>> it = pending.entrySet().iterator();
                    next = it.next();
                    it.remove();
                }
                String[] k = next.getKey().split("\0", 2);
                last = lw.update(k[0], k[1], next.getValue().orElse(null));
            }
            return Optional.ofNullable(last);
        }, u -> {
            u.ifPresent(x -> publish.accept(x.workspace(), WorkbenchModel.note(x)));
            afterDrain();
        }, t -> {
            failed.accept(t);
            afterDrain();
        });
    }

    private void afterDrain() {
        LiveWorkspace lw;
        synchronized (pending) {
            lw = pending.isEmpty() ? null : live;
        }
        draining = lw != null;
        if (lw != null) {
            drain(lw);
        }
    }
}
