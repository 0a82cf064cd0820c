package io.specgraph.graph.gate;

import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** The common part of a rule: id, gate, severity, the kinds it applies to, and finding construction. */
public abstract class AbstractRule implements Rule {

    /** The seed-model spec kinds the five gates apply to. */
    protected static final Set<NodeKind> SPECS = EnumSet.of(NodeKind.PLATFORM_SPEC, NodeKind.COMPONENT_SPEC);
    protected static final Set<NodeKind> COMPONENT = EnumSet.of(NodeKind.COMPONENT_SPEC);

    private final String id;
    private final Gate gate;
    private final Severity severity;
    private final Set<NodeKind> kinds;
    private final String summary;

    protected AbstractRule(String id, Gate gate, Severity severity, Set<NodeKind> kinds, String summary) {
        this.id = Objects.requireNonNull(id);
        this.gate = gate;
        this.severity = Objects.requireNonNull(severity);
        this.kinds = Set.copyOf(kinds);
        this.summary = Objects.requireNonNull(summary);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Gate gate() {
        return gate;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String summary() {
        return summary;
    }

    @Override
    public boolean appliesTo(Node node) {
        return kinds.contains(node.kind());
    }

    /** A finding of this rule on {@code node}, at {@code path:line:column} (path "" means the node's file). */
    protected Finding finding(Node node, String path, int line, int column, String message, String hint) {
        return new Finding(id, severity, gate, node.id(), node.repo(), path == null || path.isEmpty() ? node.path() : path,
                line, column, message, hint);
    }

    /** A finding at a metadata value (or at the node's file when the value is missing or derived). */
    protected Finding at(Node node, MetaValue value, String message, String hint) {
        if (value == null || !value.span().isKnown()) {
            return finding(node, "", 0, 0, message, hint);
        }
        return finding(node, value.path(), value.line(), value.column(), message, hint);
    }

    /** A finding at line {@code line} of the node's main file. */
    protected Finding atLine(Node node, int line, String message, String hint) {
        return finding(node, "", line, 0, message, hint);
    }
}
