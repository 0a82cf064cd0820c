package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.EditorText;
import io.specgraph.engine.view.edit.LineDiff;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The question an editor asks when its file changed on disk while edited: the bytes on disk (until the user chooses
 * reload, keep mine or shows the diff) and the diff from the disk to the buffer.
 */
final class DiskConflict {

    private static final Logger LOG = LoggerFactory.getLogger(DiskConflict.class);

    /** The file changed on disk while edited here: its bytes now. */
    record Pending(byte[] disk) {
    }

    private final ReadOnlyObjectWrapper<Pending> pending = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final ReadOnlyStringWrapper diff = new ReadOnlyStringWrapper(this, "diff", "");

    /** The bytes of {@code file} now; null when it is missing; {@code fallback} when it cannot be read. */
    static byte[] read(Path file, byte[] fallback) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOG.warn("cannot read {}", file, e);
            return fallback;
        }
    }

    /** Asks about {@code disk}; false when already asking about the same bytes. */
    boolean ask(byte[] disk) {
        Pending p = pending.get();
        if (p != null && Arrays.equals(p.disk(), disk)) {
            return false;
        }
        pending.set(new Pending(disk));
        return true;
    }

    /** The bytes asked about, or null. */
    byte[] disk() {
        return pending.get() == null ? null : pending.get().disk();
    }

    void clear() {
        pending.set(null);
        diff.set("");
    }

    void showDiff(String path, byte[] buffer) {
        byte[] disk = disk();
        if (disk == null) {
            return;
        }
        try {
            diff.set(LineDiff.unified(path + " (on disk)", EditorText.decode(disk).text(), path + " (yours)",
                    EditorText.decode(buffer).text()));
        } catch (CharacterCodingException e) {
            diff.set("The file on disk is not valid UTF-8 any more.");
        }
    }

    void hideDiff() {
        diff.set("");
    }

    ReadOnlyObjectProperty<Pending> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    ReadOnlyStringProperty diffProperty() {
        return diff.getReadOnlyProperty();
    }
}
