package io.specgraph.graph.gate.openspec;

import io.specgraph.model.Finding;
import io.specgraph.model.Severity;

import java.util.ArrayList;
import java.util.List;

/**
 * The issues of one OpenSpec item, in the order the CLI reports them, as findings (severity = OpenSpec's level), and
 * the item's verdicts computed from those levels.
 */
final class Report {

    private final String repo;
    private final String node;
    private final List<Finding> findings = new ArrayList<>();

    Report(String repo, String node) {
        this.repo = repo;
        this.node = node;
    }

    void error(String rule, String path, int line, String message) {
        add(Severity.ERROR, rule, path, line, message);
    }

    void warning(String rule, String path, int line, String message) {
        add(Severity.WARNING, rule, path, line, message);
    }

    void info(String rule, String path, int line, String message) {
        add(Severity.INFO, rule, path, line, message);
    }

    void add(Severity level, String rule, String path, int line, String message) {
        findings.add(new Finding(rule, level, null, node, repo, path, Math.max(0, line), 0, message,
                OpenSpecRules.hint(rule)));
    }

    List<Finding> findings() {
        return findings;
    }

    /** True when an ERROR was reported at {@code path} so far. */
    boolean hasErrorAt(String path) {
        return findings.stream().anyMatch(f -> f.isError() && f.path().equals(path));
    }

    /** {@code openspec validate}: no ERROR. */
    boolean valid() {
        return findings.stream().noneMatch(f -> f.severity() == Severity.ERROR);
    }

    /** {@code openspec validate --strict}: no ERROR and no WARNING. */
    boolean validStrict() {
        return findings.stream().noneMatch(f -> f.severity() != Severity.INFO);
    }
}
