package io.specgraph.ui.queue;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.review.ReviewCategory;
import io.specgraph.engine.view.review.ReviewQueue;
import io.specgraph.engine.view.review.ReviewRow;
import io.specgraph.ui.common.Navigator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The reviewer queue's state and commands, without a scene: the queue of the current snapshot, the category and
 * repo filters, the rows they let through and the count per category (within the repo filter). Commands send the
 * user to the node through the {@link Navigator}.
 */
public final class ReviewerQueueViewModel {

    private final Navigator nav;
    private final Supplier<LocalDate> today;
    private final ObjectProperty<ReviewCategory> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<String> repo = new SimpleObjectProperty<>(this, "repo");
    private final ObservableList<ReviewRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> repos = FXCollections.observableArrayList();
    private final Map<ReviewCategory, ReadOnlyIntegerWrapper> counts = new EnumMap<>(ReviewCategory.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private ReviewQueue queue;

    /** A view-model whose ages count to the day {@code today} gives. */
    public ReviewerQueueViewModel(Navigator nav, Supplier<LocalDate> today) {
        this.nav = Objects.requireNonNull(nav, "nav");
        this.today = Objects.requireNonNull(today, "today");
        for (ReviewCategory c : ReviewCategory.values()) {
            counts.put(c, new ReadOnlyIntegerWrapper(this, c.name()));
        }
        category.addListener((o, a, b) -> refilter());
        repo.addListener((o, a, b) -> refilter());
    }

    public ReviewerQueueViewModel(Navigator nav) {
        this(nav, LocalDate::now);
    }

    /** Shows the queue of {@code ws} (null: nothing loaded). Keeps the filters; a repo that is gone is cleared. */
    public void setWorkspace(Workspace ws) {
        queue = ws == null ? null : ReviewQueue.of(ws, today.get());
        List<String> names = queue == null ? List.of() : queue.repos();
        repos.setAll(names);
        loaded.set(queue != null);
        if (repo.get() != null && !names.contains(repo.get())) {
            repo.set(null);
        } else {
            refilter();
        }
    }

    private void refilter() {
        if (queue == null) {
            rows.clear();
            counts.values().forEach(c -> c.set(0));
            total.set(0);
            return;
        }
        ReviewQueue inRepo = queue.filter(Set.of(), repo.get());
        inRepo.counts().forEach((c, n) -> counts.get(c).set(n));
        total.set(inRepo.size());
        ReviewCategory c = category.get();
        rows.setAll(c == null ? inRepo.rows() : inRepo.rows(c));
    }

    /** The category shown (null: every category). */
    public ObjectProperty<ReviewCategory> categoryProperty() {
        return category;
    }

    /** The repo shown (null: every repo). */
    public ObjectProperty<String> repoProperty() {
        return repo;
    }

    /** The rows the filters let through, in queue order. */
    public ObservableList<ReviewRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** The workspace's repos, for the repo filter. */
    public ObservableList<String> repos() {
        return FXCollections.unmodifiableObservableList(repos);
    }

    /** Rows of {@code c} within the repo filter. */
    public ReadOnlyIntegerProperty countProperty(ReviewCategory c) {
        return counts.get(c).getReadOnlyProperty();
    }

    /** Rows of every category within the repo filter. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True once a workspace is shown. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The queue of the current snapshot, unfiltered (null before a workspace is shown). */
    public ReviewQueue queue() {
        return queue;
    }

    /** Makes the row's node the selection; rows without a node do nothing. */
    public void select(ReviewRow row) {
        if (row != null && row.hasNode()) {
            nav.select(row.nodeKey());
        }
    }

    public void showInGraph(ReviewRow row) {
        if (row != null && row.hasNode()) {
            nav.showInGraph(row.nodeKey());
        }
    }

    public void openDocument(ReviewRow row) {
        if (row != null && row.hasNode()) {
            nav.openDocument(row.nodeKey());
        }
    }

    /** Selects the other node of the row (the blocking ADR, the newest pack), when there is one. */
    public void selectRelated(ReviewRow row) {
        if (row != null && row.relatedKey() != null) {
            nav.select(row.relatedKey());
        }
    }
}
