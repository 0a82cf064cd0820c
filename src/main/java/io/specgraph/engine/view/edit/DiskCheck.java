package io.specgraph.engine.view.edit;

import java.util.Arrays;

/**
 * What the editor does when it compares the file on disk with the bytes it loaded: nothing is overwritten
 * silently — a changed file is reloaded only when there are no local edits, otherwise the user chooses.
 */
public final class DiskCheck {

    /** The outcome of one comparison. */
    public enum Decision {
        /** The file is as loaded. */
        SAME,
        /** Changed on disk, no local edits: show the new text. */
        RELOAD,
        /** Changed on disk to exactly the buffer (saved elsewhere): take it as the loaded state, nothing to ask. */
        ADOPT,
        /** Changed on disk and edited here: ask reload / keep mine / show the diff. */
        ASK,
        /** The file is gone: keep the buffer and say so. */
        GONE
    }

    private DiskCheck() {
    }

    /**
     * @param loaded the bytes the editor loaded (or last saved)
     * @param onDisk the bytes on disk now, null when the file is missing
     * @param buffer the editor's bytes now
     */
    public static Decision decide(byte[] loaded, byte[] onDisk, byte[] buffer) {
        if (onDisk == null) {
            return Decision.GONE;
        }
        if (Arrays.equals(loaded, onDisk)) {
            return Decision.SAME;
        }
        if (Arrays.equals(buffer, onDisk)) {
            return Decision.ADOPT;
        }
        return Arrays.equals(loaded, buffer) ? Decision.RELOAD : Decision.ASK;
    }
}
