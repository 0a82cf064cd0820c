package io.specgraph.engine;

import io.specgraph.graph.gate.Gates;
import io.specgraph.graph.gate.ItemCheck;
import io.specgraph.graph.gate.Rule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.StandardRules;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.graph.gate.VerdictRule;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A rule that throws (a bug) on a document: verdict rules and item checks are reported as RD0 on the node like
 * node rules, and an update that cannot be checked at all (neither incrementally nor by a reload) leaves the last
 * snapshot and the buffers as they were, so that the next update starts again from a consistent state.
 */
class LiveFailureTest {

    private static final String CART_01 = "specs/SPEC-CART-01-guest-cart.md";
    private static final String ADR_103 = "adr/0103-address-validation-provider.md";
    private static final String ADR_STATUS = "(?m)^## Status\\s*\\n\\s*\\n(.*)$";
    /** The word that makes the rules below throw on a node. */
    private static final String BOOM = "BOOM";

    @TempDir
    static Path shared;
    private static Path base;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeDemo() throws Exception {
        base = Demo.write(shared.resolve("demo")).dir();
    }

    @Test
    void aThrowingVerdictRuleOrItemCheckIsReportedOnItsNodeAndTheUpdateStaysIncremental() throws Exception {
        List<VerdictRule> verdictRules = new ArrayList<>(StandardRules.verdictRules());
        verdictRules.add(new ThrowingVerdictRule());
        List<ItemCheck> itemChecks = new ArrayList<>(StandardRules.itemChecks());
        itemChecks.add(new ThrowingItemCheck());
        Gates rules = new Gates(StandardRules.nodeRules(), verdictRules, itemChecks, StandardRules.repoRules());
        LiveFixture fx = new LiveFixture(base, dir, ".", rules);

        LiveUpdate u = fx.edit("cart", CART_01, fx.read("cart", CART_01) + "\n" + BOOM + "\n");
        assertThat(u.incremental()).isTrue();
        assertThat(u.workspace().findings()).filteredOn(f -> f.rule().equals("RD0"))
                .extracting(Finding::node, Finding::message)
                .containsExactlyInAnyOrder(
                        tuple("SPEC-CART-01", "rule XV1 failed on SPEC-CART-01 "
                                + "(IllegalStateException)"),
                        tuple("SPEC-CART-01", "check ThrowingItemCheck failed on "
                                + "SPEC-CART-01 (IllegalStateException)"));
        assertThat(u.workspace().gates().verdicts().get("cart/SPEC-CART-01")).containsKey(Gate.READY_TO_IMPLEMENT);
        fx.assertSameAsFromScratch();
    }

    @Test
    void anUpdateThatCannotBeCheckedLeavesTheLastSnapshotAndTheBuffersAsTheyWere() throws Exception {
        List<Rule> nodeRules = new ArrayList<>(StandardRules.nodeRules());
        nodeRules.add(new RuleThatCannotTell());
        Gates rules = new Gates(nodeRules, StandardRules.verdictRules(), StandardRules.itemChecks(),
                StandardRules.repoRules());
        LiveFixture fx = new LiveFixture(base, dir, ".", rules);
        Workspace before = fx.workspace.snapshot();

        byte[] boom = (fx.read("cart", CART_01) + "\n" + BOOM + "\n").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> fx.workspace.update("cart", CART_01, boom))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(BOOM);
        assertThat(fx.workspace.snapshot()).isSameAs(before);

        LiveUpdate u = fx.replace("platform", ADR_103, ADR_STATUS, "## Status\n\nAccepted");
        assertThat(u.fullReload()).isEqualTo(LiveWorkspace.EARLIER_UPDATE_FAILED);
        fx.assertSameAsFromScratch();
        assertThat(fx.replace("cart", CART_01, "- Status: Implementing", "- Status: Approved").incremental())
                .isTrue();
        fx.assertSameAsFromScratch();
    }

    private static boolean marked(Node node) {
        return node.content().lines().stream().anyMatch(l -> l.contains(BOOM));
    }

    /** A verdict rule with a bug: it throws on a marked node. */
    private static final class ThrowingVerdictRule implements VerdictRule {
        @Override
        public String id() {
            return "XV1";
        }

        @Override
        public void check(Node node, Map<Gate, Verdict> verdicts,
                          List<Finding> gateFindings, RuleContext ctx, List<Finding> out) {
            if (marked(node)) {
                throw new IllegalStateException(BOOM);
            }
        }
    }

    /** An item check with a bug: it throws on a marked node, and validates nothing otherwise. */
    private static final class ThrowingItemCheck implements ItemCheck {
        @Override
        public Item validate(Node node, RuleContext ctx) {
            if (marked(node)) {
                throw new IllegalStateException(BOOM);
            }
            return null;
        }
    }

    /** A node rule whose bug is outside what the gates guard: it cannot tell whether it applies to a marked node. */
    private static final class RuleThatCannotTell implements Rule {
        @Override
        public String id() {
            return "XR1";
        }

        @Override
        public Gate gate() {
            return null;
        }

        @Override
        public Severity severity() {
            return Severity.WARNING;
        }

        @Override
        public String summary() {
            return "throws on a marked node";
        }

        @Override
        public boolean appliesTo(Node node) {
            if (marked(node)) {
                throw new IllegalStateException(BOOM + " in " + node.key());
            }
            return false;
        }

        @Override
        public void check(Node node, RuleContext ctx, List<Finding> out) {
        }
    }
}
