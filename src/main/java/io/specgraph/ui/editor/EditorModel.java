package io.specgraph.ui.editor;

import io.specgraph.engine.Files2;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.edit.DiskCheck;
import io.specgraph.engine.view.edit.EditorText;
import io.specgraph.engine.view.edit.GatePanel;
import io.specgraph.engine.view.edit.Recovery;
import io.specgraph.engine.view.edit.StatusChange;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The editor of one file, without a toolkit: what was loaded, the buffer (its exact bytes), dirty state, the gate
 * panel of the newest snapshot, status changes, saving, autosave drafts and disk changes. The view calls
 * {@link #edited(String)} after a pause in typing; everything it shows is a property here.
 */
public final class EditorModel {

    private static final Logger LOG = LoggerFactory.getLogger(EditorModel.class);

    private final WorkbenchModel wb;
    private final TaskRunner tasks;
    private final EditorStatus status = new EditorStatus();
    private final Autosave autosave;
    private final ChangeListener<Workspace> onSnapshot = (o, a, b) -> snapshot(b);
    private String nodeKey;
    private String repo;
    private String path;
    private Path file;
    private EditorText base;
    private byte[] loaded;
    private byte[] buffer;
    private byte[] sent;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final ReadOnlyObjectWrapper<GatePanel> panel = new ReadOnlyObjectWrapper<>(this, "panel");
    private final ReadOnlyObjectWrapper<EditorNote> note = new ReadOnlyObjectWrapper<>(this, "note",
            new EditorNote("", false));
    private final DiskConflict conflict = new DiskConflict();
    private final javafx.beans.binding.BooleanBinding asking = conflict.pendingProperty().isNotNull();

    public EditorModel(WorkbenchModel wb, String nodeKey, TaskRunner tasks) {
        this.wb = wb;
        this.tasks = tasks;
        this.nodeKey = nodeKey;
        this.autosave = Autosave.of(wb.store(), tasks);
        Workspace ws = wb.model().get();
        Optional<Node> node = ws == null ? Optional.empty() : ws.graph().node(nodeKey);
        if (node.isEmpty()) {
            readOnly("No node " + nodeKey + " in the workspace");
            return;
        }
        repo = node.get().repo();
        path = node.get().path();
        file = ws.plans().stream().filter(p -> p.info().name().equals(repo)).findFirst()
                .map(p -> p.info().path().resolve(path)).orElse(Path.of(path));
        try {
            load(Files.readAllBytes(file));
        } catch (IOException e) {
            readOnly("Cannot read " + repo + "/" + path + ": " + e.getMessage());
            return;
        }
        if (readOnly.get()) {
            return;
        }
        autosave.offer(file, loaded);
        snapshot(ws);
        wb.model().workspaceProperty().addListener(onSnapshot);
    }

    private void readOnly(String why) {
        readOnly.set(true);
        note(why, true);
        title.set(nodeKey);
    }

    private void load(byte[] bytes) {
        try {
            base = EditorText.decode(bytes);
        } catch (CharacterCodingException e) {
            text.set(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            readOnly(repo + "/" + path + " is not valid UTF-8; it is shown read-only");
            return;
        }
        loaded = bytes.clone();
        buffer = loaded;
        sent = null;
        text.set(base.text());
        setDirty(false);
    }

    /** The buffer after a pause in typing: re-checks it (in the background) when it changed. */
    public void edited(String editedText) {
        if (readOnly.get()) {
            return;
        }
        buffer = base.encode(editedText);
        setDirty(!Arrays.equals(buffer, loaded));
        if (!Arrays.equals(buffer, sent == null ? loaded : sent)) {
            sent = buffer;
            wb.edited(repo, path, dirty.get() ? buffer : null);
        }
    }

    /** Marks the buffer as changed at once (on every keystroke), before the pause re-checks it. */
    public void typing() {
        if (!readOnly.get()) {
            setDirty(true);
        }
    }

    private void setDirty(boolean d) {
        dirty.set(d);
        updateTitle();
    }

    private void updateTitle() {
        String id = nodeKey == null ? path : nodeKey.substring(nodeKey.indexOf('/') + 1);
        title.set(dirty.get() ? id + " •" : id);
    }

    private void snapshot(Workspace ws) {
        if (ws == null || readOnly.get()) {
            return;
        }
        GatePanel p = GatePanel.of(ws, nodeKey, repo, path);
        if (p.nodeKey() != null && !p.nodeKey().equals(nodeKey)) {
            nodeKey = p.nodeKey();
            updateTitle();
        }
        panel.set(p);
        status.follow(node(ws));
        checkDisk();
    }

    private Optional<Node> node(Workspace ws) {
        return ws == null ? Optional.empty() : GatePanel.node(ws, nodeKey, repo, path);
    }

    /** The status control's choices: the legal next states, each allowed or refused (computed when opened). */
    public List<StatusChange.Option> statusOptions() {
        Workspace ws = wb.model().get();
        return status.options(ws, node(ws));
    }

    /** The node the file holds in the newest snapshot. */
    public Optional<Node> node() {
        return node(wb.model().get());
    }

    /**
     * Sets the status in the buffer (call {@link #edited} with the text first), or shows why not. Returns the new
     * text to show, or empty when refused.
     */
    public Optional<String> changeStatus(LifecycleState to) {
        Workspace ws = wb.model().get();
        StatusChange.Outcome o = status.apply(ws, readOnly.get() ? Optional.empty() : node(ws), buffer, to);
        if (!o.applied()) {
            note(o.message(), true);
            return Optional.empty();
        }
        note(o.message(), false);
        return show(o.bytes());
    }

    /** Shows {@code bytes} as the buffer (unsaved) and re-checks them. */
    Optional<String> show(byte[] bytes) {
        try {
            String t = EditorText.decode(bytes).text();
            text.set(t);
            edited(t);
            return Optional.of(t);
        } catch (CharacterCodingException e) {
            note("Not valid UTF-8; nothing changed", true);
            return Optional.empty();
        }
    }

    /**
     * Writes the buffer (call {@link #edited} with the text first) atomically, unless the file changed on disk since
     * it was loaded: then nothing is written and the user is asked. Returns true when written.
     */
    public boolean save() {
        if (readOnly.get()) {
            return false;
        }
        byte[] disk = DiskConflict.read(file, loaded);
        DiskCheck.Decision d = DiskCheck.decide(loaded, disk, buffer);
        if (d == DiskCheck.Decision.ASK || d == DiskCheck.Decision.RELOAD) {
            conflict.ask(disk);
            note(repo + "/" + path + " changed on disk; choose what to keep before saving", true);
            return false;
        }
        try {
            Files2.writeAtomically(file, buffer);
        } catch (IOException e) {
            note("Cannot save " + repo + "/" + path + ": " + e.getMessage(), true);
            return false;
        }
        loaded = buffer;
        sent = null;
        conflict.clear();
        setDirty(false);
        discardDraft();
        wb.edited(repo, path, null);
        note("Saved " + repo + "/" + path, false);
        return true;
    }

    /** Compares the file on disk with what was loaded (in the background) and acts on the difference. */
    public void checkDisk() {
        if (readOnly.get() || file == null) {
            return;
        }
        byte[] known = loaded;
        tasks.run("Checking " + path + " on disk", () -> DiskConflict.read(file, known), this::onDisk,
                t -> LOG.warn("cannot check {} on disk", path, t));
    }

    private void onDisk(byte[] disk) {
        switch (DiskCheck.decide(loaded, disk, buffer)) {
            case SAME -> {
            }
            case RELOAD -> {
                load(disk);
                note(repo + "/" + path + " changed on disk and was reloaded", false);
            }
            case ADOPT -> {
                loaded = disk;
                setDirty(false);
            }
            case ASK -> {
                if (conflict.ask(disk)) {
                    note(repo + "/" + path + " changed on disk while you were editing it", true);
                }
            }
            case GONE -> note(repo + "/" + path + " was deleted on disk; Save writes it again", true);
        }
    }

    /** Conflict choice: take the file on disk, dropping the edits. */
    public void reloadFromDisk() {
        byte[] disk = conflict.disk() != null ? conflict.disk() : DiskConflict.read(file, loaded);
        if (disk == null) {
            return;
        }
        load(disk);
        conflict.clear();
        discardDraft();
        wb.edited(repo, path, null);
        note("Reloaded " + repo + "/" + path + " from disk", false);
    }

    /** Conflict choice: keep the buffer; the next save replaces the file on disk, knowingly. */
    public void keepMine() {
        if (conflict.disk() != null) {
            loaded = conflict.disk();
        }
        conflict.clear();
        setDirty(!Arrays.equals(buffer, loaded));
        note("Keeping your edits; saving will replace the file on disk", false);
    }

    /** Conflict choice: show the diff from the file on disk to the buffer. */
    public void showDiff() {
        conflict.showDiff(path, buffer);
    }

    public void hideDiff() {
        conflict.hideDiff();
    }

    /** Writes the buffer to the recovery folder when it has unsaved edits not written there yet. */
    public void autosave() {
        if (!readOnly.get() && dirty.get()) {
            autosave.save(new Recovery.Draft(nodeKey, repo, path, file, Instant.now(), buffer));
        }
    }

    /** Recovery choice: show the autosaved buffer (unsaved, so it is dirty). */
    public Optional<String> restoreDraft() {
        Optional<Recovery.Draft> d = autosave.take();
        if (d.isEmpty()) {
            return Optional.empty();
        }
        note("Restored the unsaved edits of " + d.get().saved(), false);
        return show(d.get().bytes());
    }

    /** Recovery choice (and after a save or reload): removes the draft. */
    public void discardDraft() {
        autosave.discard(file);
    }

    /** Closing without saving: drops the buffer from the checks and the draft from the recovery folder. */
    public void discardAndClose() {
        if (!readOnly.get() && sent != null) {
            wb.edited(repo, path, null);
        }
        discardDraft();
        dispose();
    }

    /** Stops following snapshots. */
    public void dispose() {
        wb.model().workspaceProperty().removeListener(onSnapshot);
    }

    void note(String m, boolean error) {
        note.set(new EditorNote(m, error));
    }

    /** The text to show: set on load, reload, restore and status changes (not on typing). */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<GatePanel> panelProperty() {
        return panel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentStatusProperty() {
        return status.currentProperty();
    }

    public ReadOnlyObjectProperty<EditorNote> noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** True while asking what to do about a change on disk. */
    public javafx.beans.binding.BooleanBinding conflictProperty() {
        return asking;
    }

    /** A draft a crash left for this file, offered back (null when none). */
    public ReadOnlyObjectProperty<Recovery.Draft> draftProperty() {
        return autosave.offeredProperty();
    }

    /** The diff from the file on disk to the buffer, when shown (else empty). */
    public ReadOnlyStringProperty diffProperty() {
        return conflict.diffProperty();
    }

    /** The node shown (its key follows an edited id). */
    public String nodeKey() {
        return nodeKey;
    }

    /** The repo; the file, repo-relative; the buffer's exact bytes (as last passed to {@link #edited}). */
    String repo() {
        return repo;
    }

    public String path() {
        return path;
    }

    byte[] buffer() {
        return buffer.clone();
    }

    public Path file() {
        return file;
    }
}
