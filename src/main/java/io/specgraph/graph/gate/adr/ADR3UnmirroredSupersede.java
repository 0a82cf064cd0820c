package io.specgraph.graph.gate.adr;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.Finding;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ADR3: a supersede link is written on both ADRs — A says "superseded by B" and B says "supersedes A", as
 * {@code adr new -s} writes them. Checked both ways: a link whose target ADR does not state the inverse link back
 * to it is reported once, on the ADR that wrote the link, at the link. Links that do not resolve to an ADR are
 * left to LG1 (dangling) and ADR4 (a URL, a node that is not an ADR).
 */
final class ADR3UnmirroredSupersede extends AbstractRule {

    ADR3UnmirroredSupersede() {
        super(AdrFormatRules.UNMIRRORED, null, Severity.WARNING, EnumSet.of(NodeKind.ADR),
                "a supersede link is mirrored on the other ADR");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        Set<String> seen = new HashSet<>();
        for (SupersedeLinks.Target t : SupersedeLinks.of(node, ctx)) {
            Node other = t.node();
            if (t.url() || other == null || other.kind() != NodeKind.ADR || other.key().equals(node.key())) {
                continue;
            }
            AdrRelation rel = t.link().relation();
            if (!seen.add(rel + "\u0000" + other.key()) || mirrors(other, node, rel.inverse(), ctx)) {
                continue;
            }
            String me = node.id();
            String them = SupersedeLinks.name(other, node);
            boolean supersedes = rel == AdrRelation.SUPERSEDES;
            String says = supersedes ? "it supersedes " + them : "it is superseded by " + them;
            String lacks = supersedes ? "it is superseded by " + me : "it supersedes " + me;
            String line = (supersedes ? "Superseded by " : "Supersedes ") + Paths.link(node, other);
            out.add(finding(node, t.link().path(), t.link().line(), t.link().span().column(),
                    "supersede link not mirrored on the other ADR: " + me + " says " + says + ", but " + them
                            + " does not say " + lacks,
                    "add '" + line + "' to the status of " + them + " (" + other.path() + "), or correct this link"));
        }
    }

    /** True when {@code other} states {@code relation} with a link that resolves to {@code node}. */
    private static boolean mirrors(Node other, Node node, AdrRelation relation, RuleContext ctx) {
        for (SupersedeLinks.Target back : SupersedeLinks.of(other, ctx)) {
            if (back.link().relation() == relation && back.node() != null && back.node().key().equals(node.key())) {
                return true;
            }
        }
        return false;
    }
}
