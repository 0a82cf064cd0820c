package io.specgraph.ui.editor;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.fix.Fix;
import io.specgraph.engine.view.fix.Fixes;
import io.specgraph.ui.shell.WorkbenchModel;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The gate panel's Fix buttons (docs/gui-fixes-packs.md): a fix of the open document replaces the buffer (unsaved,
 * re-checked, undoable by editing), a fix of another file (the contract's consumers) is written to that file at
 * once, only while it still holds what the fix was computed from, and re-checked.
 */
final class EditorFixes {

    private EditorFixes() {
    }

    /** Offers fixes in {@code gates} for the document of {@code model}; {@code flush} first sends pending typing. */
    static void wire(GatePanelView gates, EditorModel model, WorkbenchModel wb, Runnable flush) {
        gates.setFixes(f -> {
            Workspace ws = wb.model().get();
            return ws == null || model.readOnlyProperty().get() ? Optional.empty()
                    : Fixes.of(ws, f, model.buffer());
        });
        gates.setOnFix(fix -> apply(fix, model, wb, flush));
    }

    static void apply(Fix fix, EditorModel model, WorkbenchModel wb, Runnable flush) {
        flush.run();
        if (fix.edits(model.repo(), model.path())) {
            if (!Arrays.equals(model.buffer(), fix.before())) {
                model.note("The text changed since the fix was offered; nothing changed (wait for the panel to "
                        + "update, then try again)", true);
                return;
            }
            model.show(fix.after()).ifPresent(t -> model.note("Fixed: " + fix.label() + " (unsaved)", false));
            return;
        }
        try {
            Fixes.write(wb.model().get(), fix);
            model.note("Fixed in " + fix.repo() + "/" + fix.path() + ": " + fix.label()
                    + " (written; commit it from Changes)", false);
            wb.edited(fix.repo(), fix.path(), null);
        } catch (IOException e) {
            model.note("Cannot fix " + fix.repo() + "/" + fix.path() + ": " + e.getMessage(), true);
        }
    }
}
