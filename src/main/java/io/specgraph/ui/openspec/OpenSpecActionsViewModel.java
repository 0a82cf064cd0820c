package io.specgraph.ui.openspec;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.engine.view.workflow.OpenSpecArchive;
import io.specgraph.engine.view.workflow.OpenSpecArchivePlan;
import io.specgraph.engine.view.workflow.OpenSpecSpecUpdate;
import io.specgraph.engine.view.workflow.OpenSpecStage;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.ui.common.WorkspaceModel;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The state and commands behind {@link OpenSpecActions}, without a scene: the change shown (a node key), its stage
 * text, whether it can be archived, the archive check and the archive itself (then the workspace is reloaded and
 * the archived change shown).
 */
public final class OpenSpecActionsViewModel {

    private final WorkspaceModel model;
    private final Runnable reload;
    private final Supplier<LocalDate> today;
    private final StringProperty changeKey = new SimpleStringProperty(this, "changeKey");
    private final ReadOnlyStringWrapper stage = new ReadOnlyStringWrapper(this, "stage", "");
    private final ReadOnlyBooleanWrapper archivable = new ReadOnlyBooleanWrapper(this, "archivable");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ChangeListener<Workspace> onSnapshot = (o, a, b) -> refresh();

    /**
     * @param reload re-reads the workspace after an archive (the shell passes {@code WorkbenchModel::reload})
     * @param today  the archive date ({@code LocalDate::now})
     */
    public OpenSpecActionsViewModel(WorkspaceModel model, Runnable reload, Supplier<LocalDate> today) {
        this.model = model;
        this.reload = reload;
        this.today = today;
        model.workspaceProperty().addListener(new WeakChangeListener<>(onSnapshot));
        changeKey.addListener((o, a, b) -> {
            message.set("");
            refresh();
        });
    }

    private void refresh() {
        Optional<Node> change = change();
        stage.set(change.map(OpenSpecStage::describe).orElse(""));
        archivable.set(change.map(c -> OpenSpecStage.of(c) != OpenSpecStage.ARCHIVED).orElse(false));
    }

    private Optional<Node> change() {
        Workspace ws = model.get();
        String key = changeKey.get();
        return ws == null || key == null ? Optional.empty()
                : ws.graph().node(key).filter(n -> n.kind() == NodeKind.CHANGE);
    }

    /** The change shown, a node key; a key of another kind shows nothing. */
    public StringProperty changeKeyProperty() {
        return changeKey;
    }

    /** {@code Implementing · 2/4 tasks · next: finish the tasks}, or {@code ""} when no change is shown. */
    public ReadOnlyStringProperty stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /** True when an active (not archived) change is shown. */
    public ReadOnlyBooleanProperty archivableProperty() {
        return archivable.getReadOnlyProperty();
    }

    /** What the last archive did, or why nothing was written. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What archiving the shown change would do (refused when nothing is shown). */
    public OpenSpecArchivePlan check() {
        Workspace ws = model.get();
        String key = changeKey.get() == null ? "(none)" : changeKey.get();
        if (ws == null) {
            return new OpenSpecArchivePlan(key, "", key, "", null, List.of(), java.util.Map.of(),
                    List.of("no workspace is loaded"), List.of(), 0, 0);
        }
        return OpenSpecArchive.check(ws, key, today.get());
    }

    /**
     * Archives as {@code plan} says, then reloads and shows the archived change.
     *
     * @param acceptOpenTasks the user confirmed archiving with open tasks
     * @return true when the archive was written
     */
    public boolean archive(OpenSpecArchivePlan plan, boolean acceptOpenTasks) {
        try {
            OpenSpecArchive.archive(model.get(), plan, acceptOpenTasks);
            String archived = plan.repo() + "/" + plan.archiveDir().substring(plan.archiveDir().lastIndexOf('/') + 1);
            changeKey.set(archived);
            message.set("Archived " + plan.name() + " as " + archived.substring(archived.indexOf('/') + 1)
                    + (plan.specs().isEmpty() ? "" : "; " + String.join("; ",
                    plan.specs().stream().map(OpenSpecSpecUpdate::summary).toList())));
            reload.run();
            return true;
        } catch (WorkspaceException e) {
            message.set(e.getMessage());
            return false;
        }
    }
}
