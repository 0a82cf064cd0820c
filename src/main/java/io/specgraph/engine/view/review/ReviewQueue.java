package io.specgraph.engine.view.review;

import io.specgraph.engine.Workspace;
import io.specgraph.model.RepoInfo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The reviewer queue of one snapshot: every item a reviewer must act on across all repos, one row each, in queue
 * order (category, severity, repo, id). Immutable; {@link #filter} gives a narrower queue.
 */
public final class ReviewQueue {

    /** Queue order: category, severity (errors first), repo, id (naturally), then reason. */
    public static final Comparator<ReviewRow> ORDER = Comparator
            .comparing(ReviewRow::category)
            .thenComparing(ReviewRow::severity)
            .thenComparing(ReviewRow::repo)
            .thenComparing(ReviewRow::id, NodeFacts.NATURAL)
            .thenComparing(ReviewRow::reason);

    /** Ids in natural order, case-insensitively: {@code ADR-98} before {@code ADR-100}. */
    public static final Comparator<String> ID_ORDER = NodeFacts.NATURAL;

    private final List<ReviewRow> rows;
    private final List<String> repos;

    private ReviewQueue(List<ReviewRow> rows, List<String> repos) {
        this.rows = rows;
        this.repos = repos;
    }

    /** The queue of {@code ws}, ages counted to today. */
    public static ReviewQueue of(Workspace ws) {
        return of(ws, LocalDate.now());
    }

    /** The queue of {@code ws}, ages counted to {@code today}. */
    public static ReviewQueue of(Workspace ws, LocalDate today) {
        Objects.requireNonNull(ws, "ws");
        Objects.requireNonNull(today, "today");
        List<ReviewRow> rows = new QueueRows(ws, today).build().stream().sorted(ORDER).toList();
        return new ReviewQueue(rows, ws.graph().repos().stream().map(RepoInfo::name).toList());
    }

    /** Every row, in queue order. */
    public List<ReviewRow> rows() {
        return rows;
    }

    /** The rows of one category, in queue order. */
    public List<ReviewRow> rows(ReviewCategory category) {
        return rows.stream().filter(r -> r.category() == category).toList();
    }

    /** The workspace's repo names, in workspace order (for the repo filter). */
    public List<String> repos() {
        return repos;
    }

    /** Rows per category, every category present (0 when empty), in category order. */
    public Map<ReviewCategory, Integer> counts() {
        Map<ReviewCategory, Integer> counts = new EnumMap<>(ReviewCategory.class);
        for (ReviewCategory c : ReviewCategory.values()) {
            counts.put(c, 0);
        }
        rows.forEach(r -> counts.merge(r.category(), 1, Integer::sum));
        return Collections.unmodifiableMap(counts);
    }

    /**
     * The rows in {@code categories} (empty or null: every category) and in {@code repo} (null or blank: every
     * repo), as a queue of their own.
     */
    public ReviewQueue filter(Set<ReviewCategory> categories, String repo) {
        boolean anyCategory = categories == null || categories.isEmpty();
        boolean anyRepo = repo == null || repo.isBlank();
        return new ReviewQueue(rows.stream()
                .filter(r -> anyCategory || categories.contains(r.category()))
                .filter(r -> anyRepo || r.repo().equals(repo))
                .toList(), repos);
    }

    public int size() {
        return rows.size();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
