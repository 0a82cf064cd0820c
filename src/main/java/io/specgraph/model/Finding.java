package io.specgraph.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One result of a rule: what is wrong or notable, where, and how to fix it. Findings are data, never exceptions.
 *
 * @param rule     stable rule id ({@code RI1}, {@code LG1}, {@code PARSE2} …)
 * @param severity error, warning or info
 * @param gate     the gate the rule belongs to, or null for graph, lifecycle and format rules
 * @param node     the node id (without repo) the finding is about, or null for a file-level finding
 * @param repo     the repo name
 * @param path     the file, relative to the repo, {@code /}-separated; may be empty for repo-level findings
 * @param line     1-based line, 0 when unknown
 * @param column   1-based column, 0 when unknown
 * @param message  what is wrong, in a sentence
 * @param hint     what to do about it
 */
public record Finding(String rule, Severity severity, Gate gate, String node, String repo, String path,
                      int line, int column, String message, String hint) {

    /**
     * Repo, path, line, column, rule, message: the order findings are reported in; then node, severity, gate and
     * hint, so that the order is total and does not depend on the order the findings were found in (a workspace
     * re-checked incrementally lists its findings exactly as one loaded from scratch).
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::repo)
            .thenComparing(Finding::path)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message)
            .thenComparing(Finding::node, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::severity)
            .thenComparing(Finding::gate, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::hint);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        repo = repo == null ? "" : repo;
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    /** A finding about a file, not (yet) about a node. */
    public static Finding atFile(String rule, Severity severity, String repo, String path, int line, int column,
                                 String message, String hint) {
        return new Finding(rule, severity, null, null, repo, path, line, column, message, hint);
    }

    public Finding withNode(String nodeId) {
        return new Finding(rule, severity, gate, nodeId, repo, path, line, column, message, hint);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, gate, node, repo, path, line, column, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code repo/path:line:column}, for text output. */
    public String location() {
        StringBuilder sb = new StringBuilder();
        sb.append(repo);
        if (!path.isEmpty()) {
            sb.append('/').append(path);
        }
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }
}
