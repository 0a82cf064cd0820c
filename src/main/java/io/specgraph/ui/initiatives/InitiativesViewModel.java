package io.specgraph.ui.initiatives;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.trace.Initiative;
import io.specgraph.engine.view.trace.Initiatives;
import io.specgraph.engine.view.trace.Progress;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The initiatives dashboard's state: the rows of the current snapshot, filtered by text (any id or title in the
 * tree), by the initiative's state, and to problems only (failing gates, errors, missing fan-out targets).
 * Recomputes when the snapshot or a filter changes. No scene-graph nodes; tested without a toolkit.
 */
public final class InitiativesViewModel {

    /** The state filter value that lets every state through. */
    public static final String ALL_STATES = "All states";

    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObjectProperty<String> stateFilter = new SimpleObjectProperty<>(this, "stateFilter", ALL_STATES);
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(this, "problemsOnly", false);
    private final ReadOnlyObjectWrapper<List<BoardRow>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyObjectWrapper<List<String>> states = new ReadOnlyObjectWrapper<>(this, "states",
            List.of(ALL_STATES));
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private Initiatives board;

    public InitiativesViewModel(WorkspaceModel model) {
        Objects.requireNonNull(model, "model");
        model.workspaceProperty().addListener((obs, old, ws) -> load(ws));
        filterText.addListener((obs, o, n) -> refilter());
        stateFilter.addListener((obs, o, n) -> refilter());
        problemsOnly.addListener((obs, o, n) -> refilter());
        load(model.get());
    }

    private void load(Workspace ws) {
        board = ws == null ? null : Initiatives.of(ws);
        TreeSet<String> found = new TreeSet<>();
        if (board != null) {
            board.list().stream().filter(i -> i.initiative() != null).map(i -> i.initiative().stateLabel())
                    .filter(s -> !s.isEmpty()).forEach(found::add);
        }
        List<String> s = new ArrayList<>();
        s.add(ALL_STATES);
        s.addAll(found);
        states.set(List.copyOf(s));
        summary.set(board == null ? "No workspace loaded" : summaryOf(board));
        refilter();
    }

    private static String summaryOf(Initiatives board) {
        int initiatives = (int) board.list().stream().filter(i -> i.initiative() != null).count();
        Progress total = Progress.NONE;
        int platformSpecs = 0;
        for (Initiative i : board.list()) {
            total = total.plus(i.progress());
            platformSpecs += i.platformSpecs().size();
        }
        String out = initiatives + (initiatives == 1 ? " initiative · " : " initiatives · ") + platformSpecs
                + " platform specs · " + total.created() + " component specs";
        if (total.targets() > 0) {
            out += " · fan-out " + total.targetsCovered() + "/" + total.targets() + " targets covered";
        }
        return out;
    }

    private void refilter() {
        if (board == null) {
            rows.set(List.of());
            return;
        }
        String needle = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        String state = stateFilter.get();
        List<BoardRow> out = new ArrayList<>();
        for (BoardRow r : BoardRows.of(board)) {
            if (state != null && !ALL_STATES.equals(state) && !state.equals(r.status())) {
                continue;
            }
            BoardRow kept = r;
            if (!needle.isEmpty()) {
                kept = kept.prune(x -> x.mentions(needle));
            }
            if (kept != null && problemsOnly.get()) {
                kept = kept.prune(BoardRow::isProblem);
            }
            if (kept != null) {
                out.add(kept);
            }
        }
        rows.set(List.copyOf(out));
    }

    /** The rows to show: one per initiative (plus the group without initiative), filtered. */
    public ReadOnlyObjectProperty<List<BoardRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    public List<BoardRow> rows() {
        return rows.get();
    }

    /** {@link #ALL_STATES}, then the states the initiatives are in. */
    public ReadOnlyObjectProperty<List<String>> statesProperty() {
        return states.getReadOnlyProperty();
    }

    /** {@code 2 initiatives · 5 platform specs · 16 component specs · fan-out 3/3 targets covered}. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObjectProperty<String> stateFilterProperty() {
        return stateFilter;
    }

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }
}
