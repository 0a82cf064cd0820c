package io.specgraph.engine.view.fix;

import io.specgraph.engine.LiveWorkspace;
import io.specgraph.engine.Workspace;
import io.specgraph.model.Finding;
import io.specgraph.ui.FxDemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every mechanical fix on the demo: the finding is there, the fix is one small edit (the bytes differ only where
 * the fix writes), and the workspace read again with the fix no longer reports the finding.
 */
class FixesTest {

    @TempDir
    Path tmp;

    private static Finding finding(Workspace ws, String rule, String node) {
        return ws.findings().stream().filter(f -> f.rule().equals(rule) && node.equals(f.node())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " on " + node));
    }

    private static boolean has(Workspace ws, String rule, String node) {
        return ws.findings().stream().anyMatch(f -> f.rule().equals(rule) && node.equals(f.node()));
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Applies {@code fix} through the live engine (as the editor does with its buffer) and returns the snapshot. */
    private static Workspace live(Workspace ws, Fix fix) {
        LiveWorkspace live = LiveWorkspace.of(ws);
        live.update(fix.repo(), fix.path(), fix.after());
        return live.snapshot();
    }

    @Test
    void lc4PinsTheNewestPackInTheSpecsOwnStyle() {
        Workspace ws = FxDemo.workspace();
        Finding f = finding(ws, "LC4", "SPEC-CART-02");
        Fix fix = Fixes.of(ws, f, null).orElseThrow();
        assertThat(fix.label()).isEqualTo("Pin cp-checkout v2 (newest)");
        assertThat(fix.edits("cart", "specs/SPEC-CART-02-merge-guest-cart.md")).isTrue();
        assertThat(text(fix.after())).isEqualTo(text(fix.before())
                .replace("context_pack: cp-checkout v1", "context_pack: cp-checkout v2"));
        assertThat(has(live(ws, fix), "LC4", "SPEC-CART-02")).isFalse();
    }

    @Test
    void cc1PinsAnUnpinnedPackAndCc2AVersionThatDoesNotExist() {
        Workspace ws = FxDemo.workspace();
        Fix cc1 = Fixes.of(ws, finding(ws, "CC1", "PLAT-126"), null).orElseThrow();
        assertThat(text(cc1.after())).isEqualTo(text(cc1.before())
                .replace("- Context Pack: cp-checkout\n", "- Context Pack: cp-checkout v2\n"));
        assertThat(has(live(ws, cc1), "CC1", "PLAT-126")).isFalse();

        Fix cc2 = Fixes.of(ws, finding(ws, "CC2", "SPEC-SHIP-05"), null).orElseThrow();
        assertThat(text(cc2.after())).isEqualTo(text(cc2.before())
                .replace("- Context Pack: cp-checkout v3", "- Context Pack: cp-checkout v2"));
        assertThat(has(live(ws, cc2), "CC2", "SPEC-SHIP-05")).isFalse();
    }

    @Test
    void dv2AndIs4PutTheContractsNewestVersionOnTheReferenceTheFindingIsAbout() {
        Workspace ws = FxDemo.workspace();
        Fix dv2 = Fixes.of(ws, finding(ws, "DV2", "SPEC-CART-05"), null).orElseThrow();
        assertThat(dv2.label()).isEqualTo("Use CONTRACT-12 v1 (newest)");
        assertThat(diff(dv2)).isEqualTo(List.of("", " v1"));
        assertThat(has(live(ws, dv2), "DV2", "SPEC-CART-05")).isFalse();

        Fix is4 = Fixes.of(ws, finding(ws, "IS4", "SPEC-PAY-03"), null).orElseThrow();
        assertThat(diff(is4)).isEqualTo(List.of("1", "2"));
        assertThat(has(live(ws, is4), "IS4", "SPEC-PAY-03")).isFalse();
    }

    @Test
    void is2AddsTheComponentToTheContractInItsOwnFile(@TempDir Path dir) throws IOException {
        Path demo = FxDemo.fresh(dir);
        Workspace ws = FxDemo.load(demo);
        Finding f = finding(ws, "IS2", "SPEC-SHIP-07");
        byte[] spec = Files.readAllBytes(demo.resolve("shipping").resolve(f.path()));
        Fix fix = Fixes.of(ws, f, spec).orElseThrow();
        assertThat(fix.repo()).isEqualTo("payments");
        assertThat(fix.path()).isEqualTo("contracts/CONTRACT-11-payment-authorized.md");
        assertThat(fix.label()).startsWith("Add shipping to the consumers of CONTRACT-11");
        assertThat(text(fix.after())).isEqualTo(text(fix.before())
                .replace("- Consumers: cart\n", "- Consumers: cart, shipping\n"));

        Fixes.write(ws, fix);
        Workspace after = FxDemo.load(demo);
        assertThat(has(after, "IS2", "SPEC-SHIP-07")).isFalse();
        assertThatThrownBy(() -> Fixes.write(ws, fix)).isInstanceOf(IOException.class)
                .hasMessageContaining("changed since the fix was computed");
    }

    @Test
    void lg2AddsTheImplementingSpecToTheChildren() {
        Workspace ws = FxDemo.workspace();
        Fix fix = Fixes.of(ws, finding(ws, "LG2", "PLAT-126"), null).orElseThrow();
        assertThat(text(fix.after())).isEqualTo(text(fix.before()).replace("- Children: shipping:SPEC-SHIP-04\n",
                "- Children: shipping:SPEC-SHIP-04, shipping:SPEC-SHIP-05\n"));
        assertThat(has(live(ws, fix), "LG2", "PLAT-126")).isFalse();
    }

    @Test
    void theFixIsComputedOnTheBufferNotTheDisk() {
        Workspace ws = FxDemo.workspace();
        Finding f = finding(ws, "LC4", "SPEC-CART-02");
        byte[] disk = Reread.disk(ws, "cart", f.path()).orElseThrow();
        byte[] buffer = text(disk).replace("title: Merge", "title: Merging").getBytes(StandardCharsets.UTF_8);
        Fix fix = Fixes.of(ws, f, buffer).orElseThrow();
        assertThat(text(fix.after())).contains("title: Merging").contains("context_pack: cp-checkout v2");
    }

    @Test
    void findingsWithoutAMechanicalFixHaveNone() {
        Workspace ws = FxDemo.workspace();
        assertThat(Fixes.of(ws, finding(ws, "LC2", "SPEC-CART-05"), null)).isEmpty();
        assertThat(Fixes.of(ws, finding(ws, "CC4", "SPEC-CART-06"), null)).isEmpty(); // a wrong version: a decision
        assertThat(Fixes.offered(finding(ws, "ADR3", "ADR-2"))).isFalse();
    }

    @Test
    void rs1AddsTheRequiredSectionFromTheTemplateWhereTheTemplatePutsIt(@TempDir Path dir) throws IOException {
        Path demo = FxDemo.fresh(dir);
        Files.writeString(demo.resolve("platform/constitution/gates.yaml"),
                "required_sections:\n  component-spec: [Testing, Rollout]\n");
        Workspace ws = FxDemo.load(demo);
        Finding testing = ws.findings().stream().filter(f -> f.rule().equals("RS1")
                && "SPEC-PAY-02".equals(f.node()) && f.message().contains("'Testing'")).findFirst().orElseThrow();
        Fix fix = Fixes.of(ws, testing, null).orElseThrow();
        assertThat(fix.label()).isEqualTo("Add the 'Testing' section from the template");
        String before = text(fix.before());
        assertThat(text(fix.after())).isEqualTo(before.replace("## Acceptance Criteria",
                "## Testing\n<!-- optional: unit, contract and load tests. -->\n\n## Acceptance Criteria"));
        Workspace after = live(ws, fix);
        assertThat(after.findings()).noneMatch(f -> f.rule().equals("RS1") && "SPEC-PAY-02".equals(f.node())
                && f.message().contains("'Testing'"));

        Finding rollout = ws.findings().stream().filter(f -> f.rule().equals("RS1")
                && "SPEC-PAY-02".equals(f.node()) && f.message().contains("'Rollout'")).findFirst().orElseThrow();
        Fix end = Fixes.of(ws, rollout, null).orElseThrow();
        assertThat(text(end.after())).startsWith(before).endsWith("## Rollout\n\n"
                + "<!-- Required by the gates policy (RS1): write what this section asks for. -->\n");
    }

    /** The changed middle of a fix: {before part, after part} after the common prefix and suffix. */
    private static List<String> diff(Fix fix) {
        String a = text(fix.before());
        String b = text(fix.after());
        int p = 0;
        while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
            p++;
        }
        int s = 0;
        while (s < a.length() - p && s < b.length() - p
                && a.charAt(a.length() - 1 - s) == b.charAt(b.length() - 1 - s)) {
            s++;
        }
        return List.of(a.substring(p, a.length() - s), b.substring(p, b.length() - s));
    }
}
