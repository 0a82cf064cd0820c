package io.specgraph.ui.adr;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.AdrBoard;
import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.review.AdrScope;
import io.specgraph.engine.view.workflow.AdrAction;
import io.specgraph.engine.view.workflow.AdrPlan;
import io.specgraph.engine.view.workflow.AdrWorkflow;
import io.specgraph.engine.WorkspaceException;
import io.specgraph.model.Node;
import io.specgraph.ui.common.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The ADR board's state and commands, without a scene: the board of the current snapshot, the scope (all, global,
 * local) and repo filters, and the board they let through. Commands send the user to an ADR or a spec through the
 * {@link Navigator}. With a reload action the board is editable: each card offers the ADR lifecycle steps legal for
 * it ({@link AdrWorkflow}); a step is planned, shown, applied, and the workspace reloaded.
 */
public final class AdrBoardViewModel {

    private final Navigator nav;
    private final ObjectProperty<AdrScope> scope = new SimpleObjectProperty<>(this, "scope", AdrScope.ALL);
    private final ObjectProperty<String> repo = new SimpleObjectProperty<>(this, "repo");
    private final ReadOnlyObjectWrapper<AdrBoard> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<String> repos = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Runnable reload;
    private AdrBoard board;
    private Workspace workspace;

    /** A read-only board. */
    public AdrBoardViewModel(Navigator nav) {
        this(nav, null);
    }

    /** An editable board: after a step is applied, {@code reload} re-reads the workspace (null: read-only). */
    public AdrBoardViewModel(Navigator nav, Runnable reload) {
        this.nav = Objects.requireNonNull(nav, "nav");
        this.reload = reload;
        scope.addListener((o, a, b) -> refilter());
        repo.addListener((o, a, b) -> refilter());
    }

    /** Shows the board of {@code ws} (null: nothing loaded). Keeps the filters; a repo that is gone is cleared. */
    public void setWorkspace(Workspace ws) {
        workspace = ws;
        board = ws == null ? null : AdrBoard.of(ws);
        List<String> names = board == null ? List.of() : board.repos();
        repos.setAll(names);
        if (repo.get() != null && !names.contains(repo.get())) {
            repo.set(null);
        } else {
            refilter();
        }
    }

    private void refilter() {
        shown.set(board == null ? null : board.filter(scope.get(), repo.get()));
    }

    /** All, global (platform repo) or local (component repos) ADRs; null reads as all. */
    public ObjectProperty<AdrScope> scopeProperty() {
        return scope;
    }

    /** The repo shown (null: every repo). */
    public ObjectProperty<String> repoProperty() {
        return repo;
    }

    /** The board the filters let through (null before a workspace is shown). */
    public ReadOnlyObjectProperty<AdrBoard> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The workspace's repos, for the repo filter. */
    public ObservableList<String> repos() {
        return FXCollections.unmodifiableObservableList(repos);
    }

    public void select(AdrCard card) {
        if (card != null) {
            nav.select(card.key());
        }
    }

    public void openDocument(AdrCard card) {
        if (card != null) {
            nav.openDocument(card.key());
        }
    }

    public void showInGraph(AdrCard card) {
        if (card != null) {
            nav.showInGraph(card.key());
        }
    }

    /** Selects a spec named on a card, or another ADR of its chain. */
    public void selectKey(String nodeKey) {
        if (nodeKey != null) {
            nav.select(nodeKey);
        }
    }

    /** True when the board offers lifecycle steps. */
    public boolean editable() {
        return reload != null;
    }

    /** The lifecycle steps legal for {@code card} now (none on a read-only board). */
    public List<AdrAction> actions(AdrCard card) {
        return !editable() || workspace == null || card == null ? List.of()
                : new AdrWorkflow(workspace).actions(card.key());
    }

    /** The ADRs that may supersede {@code card}'s ADR. */
    public List<Node> candidates(AdrCard card) {
        return workspace == null || card == null ? List.of() : new AdrWorkflow(workspace).candidates(card.key());
    }

    /** What {@code action} on {@code card} will change ({@code newerKey}: the superseding ADR, else null). */
    public AdrPlan plan(AdrCard card, AdrAction action, String newerKey) {
        if (workspace == null) {
            return new AdrPlan(action, card.key(), card.id(), List.of(), List.of(), "no workspace is loaded");
        }
        return new AdrWorkflow(workspace).plan(action, card.key(), newerKey);
    }

    /**
     * Writes {@code plan} and reloads the workspace; the message says what changed, or why nothing was written.
     *
     * @return true when the files were written
     */
    public boolean apply(AdrPlan plan) {
        if (!editable() || workspace == null) {
            message.set("The ADR board is read-only here");
            return false;
        }
        try {
            List<String> files = new AdrWorkflow(workspace).apply(plan);
            message.set(plan.message() + " (" + files.size() + (files.size() == 1 ? " file)" : " files)"));
            reload.run();
            return true;
        } catch (WorkspaceException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** What the last step did, or why it was refused ({@code ""} before any). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
