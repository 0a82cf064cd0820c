package io.specgraph.engine.view.review;

import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One item of the reviewer queue: what to act on and why.
 *
 * @param category   what kind of action it asks for
 * @param nodeKey    the node it is about ({@code repo/id}), or null for a finding about a file that is no node
 * @param id         the node's id (or the file's path when there is no node)
 * @param kind       the node's kind, or null when there is no node
 * @param title      the node's title ({@code ""} when there is no node)
 * @param repo       the repo it lives in
 * @param status     the node's lifecycle state, else its raw status, else {@code ""}
 * @param reason     why it is in the queue: the finding's message, or the ADR and its state
 * @param owner      who to ask: the owner / decision makers written in the document (for a blocked spec: those of
 *                   the blocking ADR), else the owner of its domain; {@code ""} when unknown
 * @param severity   how urgent: error (blocks progress), warning, or info
 * @param rules      the rule ids behind the row (empty for rows derived from the graph alone)
 * @param relatedKey the other node involved (the blocking ADR, the stale pack), or null
 * @param since      the date the age counts from (the ADR's or document's date), or null when none is written
 * @param ageDays    days from {@code since} to the day the queue was computed, or null when unknown
 * @param path       the file to open, repo-relative ({@code ""} when unknown)
 * @param line       the line the reason is at, 0 when unknown
 */
public record ReviewRow(ReviewCategory category, String nodeKey, String id, NodeKind kind, String title, String repo,
                        String status, String reason, String owner, Severity severity, List<String> rules,
                        String relatedKey, LocalDate since, Integer ageDays, String path, int line) {

    public ReviewRow {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        repo = repo == null ? "" : repo;
        status = status == null ? "" : status;
        Objects.requireNonNull(reason, "reason");
        owner = owner == null ? "" : owner;
        Objects.requireNonNull(severity, "severity");
        rules = List.copyOf(rules);
        path = path == null ? "" : path;
    }

    /** True when the row names a node (it can be selected, shown in the graph and opened). */
    public boolean hasNode() {
        return nodeKey != null;
    }
}
