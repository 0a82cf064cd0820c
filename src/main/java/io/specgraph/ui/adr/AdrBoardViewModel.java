package io.specgraph.ui.adr;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.AdrBoard;
import io.specgraph.engine.view.review.AdrCard;
import io.specgraph.engine.view.review.AdrScope;
import io.specgraph.ui.common.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/**
 * The ADR board's state and commands, without a scene: the board of the current snapshot, the scope (all, global,
 * local) and repo filters, and the board they let through. Commands send the user to an ADR or a spec through the
 * {@link Navigator}.
 */
public final class AdrBoardViewModel {

    private final Navigator nav;
    private final ObjectProperty<AdrScope> scope = new SimpleObjectProperty<>(this, "scope", AdrScope.ALL);
    private final ObjectProperty<String> repo = new SimpleObjectProperty<>(this, "repo");
    private final ReadOnlyObjectWrapper<AdrBoard> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ObservableList<String> repos = FXCollections.observableArrayList();
    private AdrBoard board;

    public AdrBoardViewModel(Navigator nav) {
        this.nav = Objects.requireNonNull(nav, "nav");
        scope.addListener((o, a, b) -> refilter());
        repo.addListener((o, a, b) -> refilter());
    }

    /** Shows the board of {@code ws} (null: nothing loaded). Keeps the filters; a repo that is gone is cleared. */
    public void setWorkspace(Workspace ws) {
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
}
