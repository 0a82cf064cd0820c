package io.specgraph.engine.view.packs;

import io.specgraph.engine.Workspace;
import io.specgraph.engine.view.fix.Fix;
import io.specgraph.engine.view.fix.Fixes;
import io.specgraph.model.Node;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Building the next context pack from the demo platform's sources, writing it, and rebasing a Paused spec onto it. */
class ContextPacksTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path tmp;

    @Test
    void theNextPackIsAssembledFromTheSourcesInTheExistingLayout() throws Exception {
        Workspace ws = FxDemo.workspace();
        PackDraft d = ContextPacks.next(ws, "platform/cp-checkout@v1", DAY);
        assertThat(d.label()).isEqualTo("cp-checkout v3");
        assertThat(d.repo()).isEqualTo("platform");
        assertThat(d.path()).isEqualTo("context/cp-checkout-v3.md");
        assertThat(d.previousKey()).isEqualTo("platform/cp-checkout@v2");
        assertThat(d.text()).startsWith("---\nid: cp-checkout\nversion: v3\ntitle: Checkout context pack v3\n")
                .contains("sources:\n  - Platform MCP v3\n  - Domain MCP v5\n  - Integration MCP v7\n"
                        + "  - Component MCP v2\n---\n\n# Checkout context pack v3\n")
                .contains("Follows [v2](cp-checkout-v2.md).")
                .contains("## Platform policies (Platform MCP v3)\n\n- Constitution 2.1.0, ratified 2025-09-01, "
                        + "last amended 2026-02-02\n- Principle I. One Guest, One Journey (UX)\n")
                .doesNotContain("Principle Spec Graph Update Rule")
                .contains("- checkout: The order is placed exactly once per checkout session, even when the shopper "
                        + "retries.\n")
                .contains("- CONTRACT-10 v2 OrderPlaced event, breaking, Approved. Consumers: payments, shipping.\n")
                .contains("- CONTRACT-11 v1 PaymentAuthorized event, Done. Consumers: cart.\n")
                .contains("## Component constraints (Component MCP v2)\n\n- cart: ADR-1 Keep guest carts in Redis "
                        + "(approved)\n");
        assertThat(d.changes()).contains(
                new PackDraft.Change("Integration contracts", false, "CONTRACT-12 v1 shipping-quote API. Consumers: "
                        + "cart."),
                new PackDraft.Change("Integration contracts", true, "CONTRACT-12 v1 Shipping quote API, Done. "
                        + "Consumers: cart."));
        assertThat(d.changes()).noneMatch(c -> c.section().equals("Sources"));
    }

    @Test
    void writingCreatesTheFileOnceAndItReadsAsTheNewestVersion() throws Exception {
        Path demo = FxDemo.fresh(tmp);
        Workspace ws = FxDemo.load(demo);
        PackDraft d = ContextPacks.next(ws, "cp-checkout", DAY);
        Path file = ContextPacks.write(ws, d);
        assertThat(file).isEqualTo(demo.resolve("platform/context/cp-checkout-v3.md"));
        assertThat(Files.readString(file)).isEqualTo(d.text());
        assertThatThrownBy(() -> ContextPacks.write(ws, d)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(file)).isEqualTo(d.text());

        Workspace after = FxDemo.load(demo);
        assertThat(ContextPacks.versions(after, "cp-checkout")).extracting(Node::version)
                .containsExactly("v1", "v2", "v3");
        assertThat(after.findings()).noneMatch(f -> f.path().equals("context/cp-checkout-v3.md"));
        PackDraft again = ContextPacks.next(after, "cp-checkout", DAY);
        assertThat(again.version()).isEqualTo("v4");
        assertThat(again.changes()).as("unchanged sources, unchanged items").isEmpty();
    }

    @Test
    void aPausedSpecIsRebasedOntoTheNewPackWithOneEdit() throws Exception {
        Path demo = FxDemo.fresh(tmp);
        Workspace ws = FxDemo.load(demo);
        assertThatThrownBy(() -> ContextPacks.rebase(ws, "platform/PLAT-130", "v3"))
                .isInstanceOf(PackRefusedException.class).hasMessageContaining("has no version v3 (known: v1, v2)");
        assertThatThrownBy(() -> ContextPacks.rebase(ws, "cart/SPEC-CART-01", "v2"))
                .isInstanceOf(PackRefusedException.class).hasMessageContaining("not Paused");
        ContextPacks.write(ws, ContextPacks.next(ws, "cp-checkout", DAY));
        Workspace withV3 = FxDemo.load(demo);

        Fix fix = ContextPacks.rebase(withV3, "platform/PLAT-130", "cp-checkout v3");
        assertThat(fix.label()).isEqualTo("Rebase PLAT-130 onto cp-checkout v3");
        String before = new String(fix.before(), StandardCharsets.UTF_8);
        assertThat(new String(fix.after(), StandardCharsets.UTF_8))
                .isEqualTo(before.replace("context_pack: cp-checkout v1\n", "context_pack: cp-checkout v3\n"));
        Fixes.write(withV3, fix);
        Node rebased = FxDemo.load(demo).graph().node("platform/PLAT-130").orElseThrow();
        assertThat(rebased.meta().value("context_pack")).isEqualTo("cp-checkout v3");
        assertThatThrownBy(() -> ContextPacks.rebase(FxDemo.load(demo), "platform/PLAT-130", "v3"))
                .isInstanceOf(PackRefusedException.class).hasMessageContaining("already pins cp-checkout v3");
    }

    @Test
    void versionsGoOneMajorUpInTheirOwnNotation() {
        assertThat(ContextPacks.bump(io.specgraph.model.Version.parse("v2"))).isEqualTo("v3");
        assertThat(ContextPacks.bump(io.specgraph.model.Version.parse("1.4.0"))).isEqualTo("2.0.0");
        assertThat(ContextPacks.bump(null)).isEqualTo("v1");
    }
}
