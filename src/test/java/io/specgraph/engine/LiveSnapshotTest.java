package io.specgraph.engine;

import io.specgraph.graph.gate.Gates;
import io.specgraph.graph.gate.Rule;
import io.specgraph.graph.gate.RuleContext;
import io.specgraph.graph.gate.StandardRules;
import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.model.Node;
import io.specgraph.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A UI thread reads the current snapshot while an update is being checked, without waiting for it. */
class LiveSnapshotTest {

    private static final String CART_01 = "specs/SPEC-CART-01-guest-cart.md";
    private static final String SLOW = "SLOW";

    @TempDir
    Path dir;

    @Test
    void theSnapshotIsReadableWhileAnUpdateIsBeingChecked() throws Exception {
        Path base = Demo.write(dir.resolve("demo")).dir();
        SlowRule slow = new SlowRule();
        List<Rule> nodeRules = new ArrayList<>(StandardRules.nodeRules());
        nodeRules.add(slow);
        Gates rules = new Gates(nodeRules, StandardRules.verdictRules(), StandardRules.itemChecks(),
                StandardRules.repoRules());
        LiveFixture fx = new LiveFixture(base, dir.resolve("copies"), ".", rules);
        Workspace before = fx.workspace.snapshot();

        String text = fx.read("cart", CART_01) + "\n" + SLOW + "\n";
        CompletableFuture<LiveUpdate> update = CompletableFuture.supplyAsync(() -> {
            try {
                return fx.edit("cart", CART_01, text);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            assertThat(slow.entered.await(30, TimeUnit.SECONDS)).as("the update reached the slow rule").isTrue();
            Workspace during = CompletableFuture.supplyAsync(fx.workspace::snapshot).get(10, TimeUnit.SECONDS);
            assertThat(during).isSameAs(before);
        } finally {
            slow.release.countDown();
        }
        LiveUpdate u = update.get(30, TimeUnit.SECONDS);
        assertThat(u.incremental()).isTrue();
        assertThat(fx.workspace.snapshot()).isSameAs(u.workspace());
        fx.assertSameAsFromScratch();
    }

    /** A rule that, on a node whose text says SLOW, waits until the test lets it go on. */
    private static final class SlowRule implements Rule {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String id() {
            return "XS1";
        }

        @Override
        public Gate gate() {
            return null;
        }

        @Override
        public Severity severity() {
            return Severity.INFO;
        }

        @Override
        public String summary() {
            return "waits on a node that says SLOW";
        }

        @Override
        public boolean appliesTo(Node node) {
            return true;
        }

        @Override
        public void check(Node node, RuleContext ctx, List<Finding> out) {
            if (node.content().lines().stream().anyMatch(l -> l.contains(SLOW))) {
                entered.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
