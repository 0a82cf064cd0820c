package io.specgraph.ui.matrix;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.trace.Matrix;
import io.specgraph.engine.view.trace.MatrixCsv;
import io.specgraph.engine.view.trace.Metrics;
import io.specgraph.engine.view.trace.SpecEntry;
import io.specgraph.engine.view.trace.Trace;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The matrix view's state: the mode (repos or contracts), a row filter, the matrix and the figures of the current
 * snapshot, and CSV export of what is shown. No scene-graph nodes; tested without a toolkit.
 */
public final class MatrixViewModel {

    private final ObjectProperty<Matrix.Mode> mode = new SimpleObjectProperty<>(this, "mode", Matrix.Mode.REPOS);
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<Matrix> matrix = new ReadOnlyObjectWrapper<>(this, "matrix");
    private final ReadOnlyObjectWrapper<List<Figure>> figures = new ReadOnlyObjectWrapper<>(this, "figures",
            List.of());
    private Trace trace;

    public MatrixViewModel(WorkspaceModel model) {
        Objects.requireNonNull(model, "model");
        model.workspaceProperty().addListener((obs, old, ws) -> load(ws));
        mode.addListener((obs, o, n) -> recompute());
        filterText.addListener((obs, o, n) -> recompute());
        load(model.get());
    }

    private void load(Workspace ws) {
        trace = ws == null ? null : Trace.of(ws);
        figures.set(trace == null ? List.of() : figuresOf(Metrics.of(trace)));
        recompute();
    }

    private void recompute() {
        if (trace == null) {
            matrix.set(null);
            return;
        }
        Matrix m = mode.get() == Matrix.Mode.CONTRACTS ? Matrix.contracts(trace) : Matrix.of(trace);
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        if (!needle.isEmpty()) {
            List<Matrix.Row> rows = m.rows().stream().filter(r -> matches(r, needle)).toList();
            m = new Matrix(m.mode(), m.columns(), rows);
        }
        matrix.set(m);
    }

    private static boolean matches(Matrix.Row r, String needle) {
        if (r.label().toLowerCase(Locale.ROOT).contains(needle)
                || (r.spec() != null && r.spec().title().toLowerCase(Locale.ROOT).contains(needle))) {
            return true;
        }
        for (Matrix.Cell c : r.cells()) {
            for (SpecEntry s : c.specs()) {
                if (s.id().toLowerCase(Locale.ROOT).contains(needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Figure> figuresOf(Metrics m) {
        List<Figure> out = new ArrayList<>();
        out.add(new Figure("Platform specs with a component spec", m.platformSpecsWithComponentSpec().text(),
                "platform specs that at least one component spec implements (or lists as a child)"));
        out.add(new Figure("Fan-out targets covered", m.fanOutTargetsCovered().text(),
                "(platform spec, repo) pairs named by a fan-out task that have a component spec in that repo"));
        out.add(new Figure("Component specs with implements + context_pack", m.componentSpecsDeclared().text(),
                "component specs that declare both implements and context_pack (seed 001 §1.15)"));
        out.add(new Figure("Features with a platform spec before fan-out", m.featuresWithPlatformSpec().text(),
                "component specs whose implements resolves to a platform spec not dated after them"));
        out.add(new Figure("Impactful changes with an ADR", m.impactfulChangesWithAdr().text(),
                "specs that bump contracts, change an API/event or affect 2+ domains, governed or blocked by an ADR"));
        boolean dated = !m.timeToFirstComponentSpec().days().isEmpty();
        out.add(new Figure("Platform spec to first component spec",
                dated ? m.timeToFirstComponentSpec().text() : "n/a: no dates",
                "days between created/date of the platform spec and of its earliest component spec"
                        + (dated ? "" : "\n" + m.timeToFirstComponentSpec().text())));
        out.add(new Figure("Hotfix specs", String.valueOf(m.hotfixes()),
                "a count; a frequency needs incident dates the files do not hold"));
        out.add(new Figure("Not computable from files", "contract break incidents, hotfix frequency, rework rate",
                String.join("\n", Metrics.NOT_COMPUTABLE)));
        return List.copyOf(out);
    }

    /** Writes the matrix as shown (mode and filter) to {@code file} as CSV (RFC 4180, UTF-8). */
    public void exportCsv(Path file) throws IOException {
        Matrix m = matrix.get();
        if (m == null) {
            throw new IOException("no workspace loaded");
        }
        MatrixCsv.write(m, file);
    }

    /** The matrix to show, or null before a workspace is loaded. */
    public ReadOnlyObjectProperty<Matrix> matrixProperty() {
        return matrix.getReadOnlyProperty();
    }

    public Matrix matrix() {
        return matrix.get();
    }

    /** Coverage and success-metric figures of the snapshot. */
    public ReadOnlyObjectProperty<List<Figure>> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ObjectProperty<Matrix.Mode> modeProperty() {
        return mode;
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }
}
