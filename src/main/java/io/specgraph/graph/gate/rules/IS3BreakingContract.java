package io.specgraph.graph.gate.rules;

import io.specgraph.graph.gate.AbstractRule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.Text;
import io.specgraph.graph.Resolver;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Keys;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Severity;
import io.specgraph.model.Version;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * IS3 (on the contract): a breaking contract version has a compatibility plan (a section whose heading contains
 * "Compatibility") and states a dual-publish strategy. Breaking: {@code breaking: yes}, a {@code **BREAKING**}
 * mark, or a major version above an earlier version of the same contract in the workspace or its git history.
 */
public final class IS3BreakingContract extends AbstractRule {

    public IS3BreakingContract() {
        super("IS3", Gate.INTEGRATION_SAFETY, Severity.ERROR, EnumSet.of(NodeKind.CONTRACT),
                "a breaking contract version has a compatibility plan and dual-publish strategy");
    }

    @Override
    public void check(Node node, RuleContext ctx, List<Finding> out) {
        String why = breaking(node, ctx);
        if (why == null) {
            return;
        }
        boolean plan = !Text.sectionsMentioning(node.content(), "compatibility").isEmpty();
        String text = node.content().text().toLowerCase(Locale.ROOT);
        boolean dual = text.contains("dual-publish") || text.contains("dual publish");
        if (!plan) {
            out.add(finding(node, "", 0, 0, Resolver.baseId(node) + " " + node.version() + " is breaking (" + why
                    + ") but has no compatibility plan", "add a '## Compatibility Plan' section: how consumers move, "
                    + "for how long both versions run"));
        }
        if (!dual) {
            out.add(finding(node, "", 0, 0, Resolver.baseId(node) + " " + node.version() + " is breaking (" + why
                    + ") but states no dual-publish strategy", "say how v-old and v-new are dual-published until "
                    + "every consumer has moved"));
        }
    }

    /** Why the contract version is breaking, or null when it is not. */
    static String breaking(Node node, RuleContext ctx) {
        String b = node.meta().value(Keys.BREAKING);
        if (b != null && b.strip().toLowerCase(Locale.ROOT).matches("yes|true|y")) {
            return "breaking: " + b.strip();
        }
        if (node.content().text().contains("**BREAKING**")) {
            return "marked **BREAKING**";
        }
        Version v = node.parsedVersion();
        if (v == null) {
            return null;
        }
        for (Node other : ctx.contractVersions(Resolver.baseId(node))) {
            Version o = other.parsedVersion();
            if (o != null && o.compareTo(v) < 0 && o.major() < v.major()) {
                return "major version above " + o;
            }
        }
        for (String past : ctx.history().pastVersions(node.repo(), node.path())) {
            Version o = Version.parse(past);
            if (o != null && o.major() < v.major()) {
                return "major version above " + o + " in git history";
            }
        }
        return null;
    }
}
