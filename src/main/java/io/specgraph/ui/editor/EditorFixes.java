package io.specgraph.ui.editor;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.edit.GatePanel;
import io.specgraph.engine.view.fix.Fix;
import io.specgraph.engine.view.fix.Fixes;
import io.specgraph.model.Finding;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gate panel's Fix buttons (docs/gui-fixes-packs.md): a fix of the open document replaces the buffer (unsaved,
 * re-checked, undoable by editing), a fix of another file (the contract's consumers) is written to that file at
 * once, only while it still holds what the fix was computed from, and re-checked.
 */
final class EditorFixes {

    private static final Logger LOG = LoggerFactory.getLogger(EditorFixes.class);

    private EditorFixes() {
    }

    /**
     * Offers fixes in {@code gates} for the document of {@code model}; {@code flush} first sends pending typing.
     * A fix re-reads its document (and, for the contract's consumers, another file), so the fixes of each new panel
     * are computed in the background and shown when ready, not while the list draws its rows.
     */
    static void wire(GatePanelView gates, EditorModel model, WorkbenchModel wb, TaskRunner tasks, Runnable flush) {
        TaskRunner.Handle[] pending = new TaskRunner.Handle[1];
        javafx.beans.value.ChangeListener<GatePanel> onPanel = (o, a, panel) -> {
            if (pending[0] != null) {
                pending[0].cancel();
            }
            gates.setFixes(null);
            Workspace ws = wb.model().get();
            List<Finding> offered = panel == null || ws == null || model.readOnlyProperty().get() ? List.of()
                    : panel.findings().stream().filter(Fixes::offered).toList();
            if (offered.isEmpty()) {
                return;
            }
            byte[] buffer = model.buffer();
            pending[0] = tasks.run("Finding fixes", () -> {
                Map<Finding, Optional<Fix>> fixes = new HashMap<>();
                offered.forEach(f -> fixes.put(f, Fixes.of(ws, f, buffer)));
                return fixes;
            }, fixes -> gates.setFixes(f -> fixes.getOrDefault(f, Optional.empty())),
                    t -> LOG.warn("cannot compute fixes for {}", model.path(), t));
        };
        model.panelProperty().addListener(onPanel);
        onPanel.changed(model.panelProperty(), null, model.panelProperty().get());
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
