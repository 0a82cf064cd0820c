package io.specgraph.ui.editor;

import io.specgraph.engine.WorkspaceException;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.engine.view.edit.Recovery;
import io.specgraph.ui.common.TaskRunner;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * One editor's drafts in the recovery folder: writes the buffer there (in the background) when it changed since the
 * last autosave, removes it on save, discard or reload, and offers back a draft a crash left (when it differs from
 * the file).
 */
final class Autosave {

    private static final Logger LOG = LoggerFactory.getLogger(Autosave.class);

    private final Recovery recovery;
    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Recovery.Draft> offered = new ReadOnlyObjectWrapper<>(this, "draft");
    private byte[] written;

    Autosave(Recovery recovery, TaskRunner tasks) {
        this.recovery = recovery;
        this.tasks = tasks;
    }

    /** The drafts of the recovery folder under the data folder (none when there is no data folder). */
    static Autosave of(WorkspaceStore store, TaskRunner tasks) {
        try {
            return new Autosave(Recovery.under(store.dataDir()), tasks);
        } catch (WorkspaceException e) {
            LOG.warn("no recovery folder: {}", e.getMessage());
            return new Autosave(null, tasks);
        }
    }

    /** Offers the draft left for {@code file}, unless it holds exactly {@code onDisk} (then it is removed). */
    void offer(Path file, byte[] onDisk) {
        if (recovery == null) {
            return;
        }
        Optional<Recovery.Draft> d = recovery.find(file);
        if (d.isPresent() && Arrays.equals(d.get().bytes(), onDisk)) {
            discard(file);
        } else {
            d.ifPresent(offered::set);
        }
    }

    /** Writes {@code d} unless the same bytes were written last. */
    void save(Recovery.Draft d) {
        byte[] b = d.bytes();
        if (recovery == null || Arrays.equals(b, written)) {
            return;
        }
        written = b;
        tasks.run("Autosaving " + d.path(), () -> {
            recovery.save(d);
            return d;
        }, x -> { }, t -> LOG.warn("autosave of {} failed", d.path(), t));
    }

    /** The offered draft, no longer offered. */
    Optional<Recovery.Draft> take() {
        Recovery.Draft d = offered.get();
        offered.set(null);
        return Optional.ofNullable(d);
    }

    /** Removes the draft of {@code file} (and the offer). */
    void discard(Path file) {
        offered.set(null);
        written = null;
        if (recovery == null || file == null) {
            return;
        }
        try {
            recovery.discard(file);
        } catch (IOException e) {
            LOG.warn("cannot remove the draft of {}", file, e);
        }
    }

    ReadOnlyObjectProperty<Recovery.Draft> offeredProperty() {
        return offered.getReadOnlyProperty();
    }
}
