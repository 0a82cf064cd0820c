package io.specgraph.ui.wizard;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.workflow.FanOut;
import io.specgraph.engine.view.workflow.FanOutItem;
import io.specgraph.engine.view.workflow.FanOutPlan;
import io.specgraph.engine.view.workflow.FanOutResult;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.shell.WorkbenchModel;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The "Fan out" dialog's state and its command: one row per fan-out task of a platform spec (the new ones ticked),
 * and {@link #create()}: write the ticked component specs, add them to the platform spec's children, reload the
 * workbench and open each new spec once the snapshot has it.
 */
public final class FanOutViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(FanOutViewModel.class);

    /** One task: what it becomes and whether it is ticked. */
    public static final class Row {
        private final FanOutItem item;
        private final BooleanProperty selected;

        Row(FanOutItem item) {
            this.item = item;
            this.selected = new SimpleBooleanProperty(this, "selected", item.creatable());
        }

        public FanOutItem item() {
            return item;
        }

        public BooleanProperty selectedProperty() {
            return selected;
        }

        /** What the row's state column says: the new spec, the spec that covers it, or the problem. */
        public String state() {
            return switch (item.state()) {
                case NEW -> "New" + (item.contractChange() ? " — contract change: its contract spec comes first" : "");
                case EXISTS -> "Exists: " + item.note();
                case PROBLEM -> "Problem: " + item.note();
            };
        }

        /** The links the new spec gets, in one line. */
        public String links() {
            List<String> parts = new ArrayList<>();
            parts.add("implements " + item.implementz());
            if (!item.contextPack().isEmpty()) {
                parts.add("context " + item.contextPack());
            }
            if (!item.contracts().isEmpty()) {
                parts.add("contracts " + String.join(", ", item.contracts()));
            }
            if (!item.blockedBy().isEmpty()) {
                parts.add("blocked by " + String.join(", ", item.blockedBy()));
            }
            return String.join(" · ", parts);
        }
    }

    private final WorkbenchModel wb;
    private final Navigator nav;
    private final String platformSpecKey;
    private final Supplier<LocalDate> today;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty(this, "heading", "");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final StringProperty outcome = new SimpleStringProperty(this, "outcome", "");
    private final BooleanProperty canCreate = new SimpleBooleanProperty(this, "canCreate", false);
    private final ChangeListener<Boolean> onSelect = (o, a, b) -> selectionChanged();
    private final ChangeListener<Workspace> onSnapshot = (o, a, b) -> {
        if (b != null) {
            refresh();
        }
    };
    private FanOutPlan plan;

    public FanOutViewModel(WorkbenchModel wb, Navigator nav, String platformSpecKey) {
        this(wb, nav, platformSpecKey, LocalDate::now);
    }

    /** With {@code today} as the date new specs get (tests). */
    public FanOutViewModel(WorkbenchModel wb, Navigator nav, String platformSpecKey, Supplier<LocalDate> today) {
        this.wb = wb;
        this.nav = nav;
        this.platformSpecKey = platformSpecKey;
        this.today = today;
        refresh();
        wb.model().workspaceProperty().addListener(new WeakChangeListener<>(onSnapshot));
    }

    /** Plans again from the current snapshot: new tasks first (ticked), then problems, then the ones covered. */
    public void refresh() {
        Workspace ws = wb.model().get();
        plan = FanOut.plan(ws, platformSpecKey);
        String title = ws.graph().node(plan.platformSpecKey()).map(n -> n.id() + " — " + n.title())
                .orElse(platformSpecKey);
        heading.set("Fan out " + title);
        List<Row> fresh = plan.items().stream().sorted(Comparator.comparing(FanOutItem::state))
                .map(Row::new).toList();
        fresh.forEach(r -> r.selectedProperty().addListener(onSelect));
        rows.setAll(fresh);
        problem.set(plan.problem().isEmpty() && plan.creatableKeys().isEmpty() && !plan.items().isEmpty()
                ? "Every task is fanned out already, or cannot be" : plan.problem());
        selectionChanged();
    }

    private void selectionChanged() {
        canCreate.set(rows.stream().anyMatch(r -> r.selectedProperty().get() && r.item().creatable()));
    }

    /**
     * Writes the ticked specs, reloads the workbench and opens them once loaded; {@link #outcomeProperty()} says
     * what was written and what could not be done.
     *
     * @return what was written
     */
    public FanOutResult create() {
        List<String> keys = rows.stream().filter(r -> r.selectedProperty().get()).map(r -> r.item().key()).toList();
        FanOutResult result = FanOut.apply(wb.model().get(), plan, keys, today.get());
        LOG.info("fan-out of {}: wrote {}, linked {}, problems {}", platformSpecKey, result.written().size(),
                result.linked(), result.problems());
        List<String> notes = new ArrayList<>();
        List<String> created = result.written().stream().map(FanOutResult.Written::nodeKey).toList();
        if (!created.isEmpty()) {
            notes.add("Created " + String.join(", ", created));
        }
        notes.addAll(result.problems());
        result.linked().stream().filter(l -> l.startsWith("not added")).forEach(notes::add);
        outcome.set(String.join("\n", notes));
        if (!created.isEmpty()) {
            openWhenLoaded(wb, nav, created);
            wb.reload();
        }
        return result;
    }

    /** Opens each of {@code keys} in the editor as soon as a snapshot has it (after the reload). */
    static void openWhenLoaded(WorkbenchModel wb, Navigator nav, List<String> keys) {
        Set<String> waiting = new LinkedHashSet<>(keys);
        var snapshot = wb.model().workspaceProperty();
        ChangeListener<Workspace> opener = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Workspace> o, Workspace was, Workspace now) {
                if (now == null) {
                    return;
                }
                for (String k : List.copyOf(waiting)) {
                    if (now.graph().node(k).isPresent()) {
                        waiting.remove(k);
                        nav.openDocument(k);
                    }
                }
                if (waiting.isEmpty()) {
                    snapshot.removeListener(this);
                }
            }
        };
        snapshot.addListener(opener);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** "Fan out PLAT-124 — Guest Checkout". */
    public ReadOnlyStringProperty headingProperty() {
        return heading;
    }

    /** Why nothing (or not everything) can be created; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    /** What the last Create wrote and what it could not do; empty before. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome;
    }

    public ReadOnlyBooleanProperty canCreateProperty() {
        return canCreate;
    }

    /** The plan the rows show. */
    public FanOutPlan plan() {
        return plan;
    }
}
