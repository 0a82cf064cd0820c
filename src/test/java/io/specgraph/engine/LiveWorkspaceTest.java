package io.specgraph.engine;

import io.specgraph.model.Finding;
import io.specgraph.model.Gate;
import io.specgraph.graph.gate.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What one edit re-reads and re-checks, when it reloads instead, and that the result equals a load from scratch. */
class LiveWorkspaceTest {

    private static final String CART_01 = "specs/SPEC-CART-01-guest-cart.md";
    private static final String ADR_101 = "adr/0101-guest-session-token.md";
    private static final String ADR_103 = "adr/0103-address-validation-provider.md";
    private static final String ADR_STATUS = "(?m)^## Status\\s*\\n\\s*\\n(.*)$";

    @TempDir
    static Path shared;
    private static Path base;

    @TempDir
    Path dir;
    private LiveFixture fx;

    @BeforeAll
    static void writeDemo() throws Exception {
        base = Demo.write(shared.resolve("demo")).dir();
    }

    @BeforeEach
    void copies() throws Exception {
        fx = new LiveFixture(base, dir);
    }

    @Test
    void startsFromTheLoadedWorkspace() throws Exception {
        Workspace loaded = fx.assertSameAsFromScratch();
        assertThat(fx.workspace.snapshot().graph().nodes()).hasSameSizeAs(loaded.graph().nodes());
    }

    @Test
    void aStatusEditReadsOnlyItsSpecAgainAndChecksItsNeighbours() throws Exception {
        LiveUpdate u = fx.replace("cart", CART_01, "- Status: Implementing", "- Status: Approved");
        assertThat(u.incremental()).isTrue();
        assertThat(u.reparsed()).containsExactly("cart/SPEC-CART-01");
        assertThat(u.rechecked()).contains("cart/SPEC-CART-01", "platform/PLAT-124", "platform/cp-checkout@v2",
                        "payments/CONTRACT-11@v1", "platform/ADR-101")
                .doesNotContain("shipping/SPEC-SHIP-04", "payments/SPEC-PAY-03").hasSizeLessThan(12);
        assertThat(u.workspace().graph().node("cart/SPEC-CART-01").orElseThrow().status()).isEqualTo("Approved");
        fx.assertSameAsFromScratch();
    }

    @Test
    void anAdrApprovedUnblocksTheSpecsItBlocks() throws Exception {
        assertThat(ri1("shipping", "SPEC-SHIP-06")).isNotEmpty();
        LiveUpdate u = fx.replace("platform", ADR_103, ADR_STATUS, "## Status\n\nAccepted");
        assertThat(u.reparsed()).containsExactly("platform/ADR-103");
        assertThat(u.rechecked()).contains("shipping/SPEC-SHIP-06");
        assertThat(ri1("shipping", "SPEC-SHIP-06")).isEmpty();
        fx.assertSameAsFromScratch();
    }

    @Test
    void aRenamedIdLeavesItsReferencesDanglingAndRenamingBackResolvesThem() throws Exception {
        String original = fx.read("cart", CART_01);
        fx.replace("cart", CART_01, "- ID: SPEC-CART-01", "- ID: SPEC-CART-99");
        assertThat(lg1("PLAT-124")).anyMatch(f -> f.message().contains("cart:SPEC-CART-01 resolves to no node"));
        fx.assertSameAsFromScratch();
        LiveUpdate back = fx.edit("cart", CART_01, original);
        assertThat(back.reparsed()).containsExactlyInAnyOrder("cart/SPEC-CART-01", "cart/SPEC-CART-99");
        assertThat(lg1("PLAT-124")).noneMatch(f -> f.message().contains("SPEC-CART-01"));
        fx.assertSameAsFromScratch();
    }

    @Test
    void aSupersedeLinkChecksTheAdrItNamesAgain() throws Exception {
        fx.replace("platform", ADR_101, ADR_STATUS, "## Status\n\nSuperseded");
        assertThat(rule("ADR5", "ADR-101")).hasSize(1);
        LiveUpdate u = fx.replace("platform", ADR_103, ADR_STATUS,
                "## Status\n\nAccepted\n\nSupersedes [101. Guest token](0101-guest-session-token.md)");
        assertThat(u.rechecked()).contains("platform/ADR-101");
        assertThat(rule("ADR5", "ADR-101")).isEmpty();
        fx.assertSameAsFromScratch();
    }

    @Test
    void aNewContextPackVersionChecksTheSpecsThatPinTheOldOne() throws Exception {
        LiveUpdate u = fx.replace("platform", "context/cp-checkout-v2.md", "(?m)^version: v2$", "version: v3");
        assertThat(u.reparsed()).containsExactlyInAnyOrder("platform/cp-checkout@v3", "platform/cp-checkout@v2");
        assertThat(u.rechecked()).contains("cart/SPEC-CART-01", "shipping/SPEC-SHIP-03", "platform/PLAT-124");
        assertThat(rule("CC2", "SPEC-CART-01")).isNotEmpty();
        fx.assertSameAsFromScratch();
    }

    @Test
    void aContractsConsumersCheckTheSpecsThatReferenceItAgain() throws Exception {
        String contract = "contracts/CONTRACT-11-payment-authorized.md";
        assertThat(rule("IS2", "SPEC-CART-01")).isEmpty();
        LiveUpdate u = fx.replace("payments", contract, "- Consumers: cart", "- Consumers: shipping");
        assertThat(u.rechecked()).contains("cart/SPEC-CART-01", "shipping/SPEC-SHIP-07");
        assertThat(rule("IS2", "SPEC-CART-01")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("cart is not a consumer of CONTRACT-11"));
        fx.assertSameAsFromScratch();
    }

    @Test
    void aProseEditOfAWidelyReferencedDocumentChecksItAlone() throws Exception {
        LiveUpdate u = fx.replace("platform", "context/cp-checkout-v2.md", "(?m)^# (.*)$", "# $1 (revised)");
        assertThat(u.reparsed()).containsExactly("platform/cp-checkout@v2");
        assertThat(u.rechecked()).containsExactly("platform/cp-checkout@v2");
        fx.assertSameAsFromScratch();
        u = fx.replace("platform", "platform-specs/PLAT-124-guest-checkout/spec.md", "funnel policy", "funnel rules");
        assertThat(u.reparsed()).containsExactlyInAnyOrder("platform/PLAT-124", "platform/PLAT-124/plan",
                "platform/PLAT-124/tasks");
        Set<String> readAndWhatTheyReference = new HashSet<>(u.reparsed());
        for (String k : u.reparsed()) {
            u.workspace().graph().outgoing(k).forEach(e -> readAndWhatTheyReference.add(e.to()));
        }
        assertThat(u.rechecked()).contains("platform/PLAT-124").isSubsetOf(readAndWhatTheyReference)
                .doesNotContain("payments/SPEC-PAY-05", "cart/SPEC-CART-04");
        fx.assertSameAsFromScratch();
    }

    @Test
    void aCycleClosedByAnEditIsFoundAndGoesWhenItOpensAgain() throws Exception {
        String plat124 = "platform-specs/PLAT-124-guest-checkout/spec.md";
        String plat126 = "platform-specs/PLAT-126-guest-order-tracking.md";
        fx.replace("platform", plat124, "- Initiative: ECO-124", "- Initiative: ECO-124\n- Implements: PLAT-126");
        assertThat(rule("LG4", "PLAT-124")).isEmpty();
        fx.assertSameAsFromScratch();
        fx.replace("platform", plat126, "- Children:", "- Implements: PLAT-124\n- Children:");
        assertThat(rule("LG4", "PLAT-124")).singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("implements cycle: platform/PLAT-124 → "));
        fx.assertSameAsFromScratch();
        fx.replace("platform", plat124, "\n- Implements: PLAT-126", "");
        assertThat(rule("LG4", "PLAT-124")).isEmpty();
        fx.assertSameAsFromScratch();
    }

    @Test
    void aPlatformConstitutionLeftWithPlaceholdersFailsEverySpecAndBack() throws Exception {
        String path = "constitution/constitution.md";
        String original = fx.read("platform", path);
        String frontMatter = original.substring(0, original.indexOf("\n---\n") + 5);
        Object metadata = constitutionMetadata();
        LiveUpdate u = fx.edit("platform", path, frontMatter + "\n# Constitution\n\n[PRINCIPLE_1_NAME]\n");
        assertThat(constitutionMetadata()).as("only the text changed").isEqualTo(metadata);
        assertThat(u.rechecked()).contains("cart/SPEC-CART-01", "shipping/SPEC-SHIP-04", "platform/PLAT-126");
        assertThat(rule("CC3", "SPEC-CART-01")).isNotEmpty();
        fx.assertSameAsFromScratch();
        fx.edit("platform", path, original);
        assertThat(rule("CC3", "SPEC-CART-01")).isEmpty();
        fx.assertSameAsFromScratch();
    }

    @Test
    void whenTheLastDomainGoesNoSpecIsCheckedForItsDomains() throws Exception {
        assertThat(fx.workspace.snapshot().findings()).anyMatch(f -> f.rule().equals("DV1"));
        LiveUpdate u = null;
        for (String d : List.of("cart", "checkout", "payments", "shipping")) {
            u = fx.replace("platform", "domains/" + d + ".md", "(?m)^id: " + d + "$",
                    "id: " + d + "\nkind: initiative");
        }
        assertThat(u.rechecked()).hasSizeGreaterThan(30);
        assertThat(fx.workspace.snapshot().findings()).noneMatch(f -> f.rule().equals("DV1"));
        fx.assertSameAsFromScratch();
    }

    @Test
    void aBrokenFrontMatterAndAnEmptiedFileAreCheckedLikeAnyOther() throws Exception {
        String contract = "contracts/CONTRACT-10-order-events-v2.md";
        assertThat(fx.edit("platform", contract, "---\nid: [unclosed\n" + fx.read("platform", contract).substring(4))
                .incremental()).isTrue();
        fx.assertSameAsFromScratch();
        assertThat(fx.edit("cart", CART_01, "").incremental()).isTrue();
        fx.assertSameAsFromScratch();
    }

    @Test
    void unsavedBuffersStayInEffectUntilTheFileIsReadFromDiskAgain() throws Exception {
        String onDisk = fx.read("cart", CART_01);
        fx.replace("cart", CART_01, "- Status: Implementing", "- Status: Paused");
        fx.replace("platform", ADR_103, ADR_STATUS, "## Status\n\nRejected");
        assertThat(status("cart/SPEC-CART-01")).isEqualTo("Paused");
        fx.assertSameAsFromScratch();
        fx.save("cart", CART_01, onDisk);
        assertThat(status("cart/SPEC-CART-01")).isEqualTo("Implementing");
        fx.assertSameAsFromScratch();
    }

    @Test
    void filesPlanningReadsReloadTheWorkspaceAndSaySo() throws Exception {
        LiveUpdate u = fx.replace("platform", "spec-graph.json", "\"status\": \"Fixed\"", "\"status\": \"Open\"");
        assertThat(u.incremental()).isFalse();
        assertThat(u.fullReload()).contains("spec-graph.json");
        fx.assertSameAsFromScratch();
        u = fx.replace("cart", "context/component.yaml", "(?m)^domain: cart$", "domain: checkout");
        assertThat(u.fullReload()).contains("context/component.yaml");
        assertThat(u.workspace().graph().repo("cart").orElseThrow().domain()).isEqualTo("checkout");
        fx.assertSameAsFromScratch();
    }

    @Test
    void aPolicyFileIsReadFromTheBufferOnReload() throws Exception {
        assertThat(fx.save("platform", "constitution/gates.yaml", "rules: {}\n").fullReload()).contains("policy");
        assertThat(fx.workspace.snapshot().findings()).anyMatch(f -> f.rule().equals("NF1"));
        LiveUpdate u = fx.edit("platform", "constitution/gates.yaml", "rules:\n  NF1: off\n");
        assertThat(u.fullReload()).contains("policy");
        assertThat(u.workspace().findings()).noneMatch(f -> f.rule().equals("NF1"));
        fx.assertSameAsFromScratch();
    }

    @Test
    void newAndDeletedFilesReloadTheWorkspace() throws Exception {
        String spec = fx.read("cart", CART_01).replace("SPEC-CART-01", "SPEC-CART-07");
        LiveUpdate u = fx.save("cart", "specs/SPEC-CART-07-copy.md", spec);
        assertThat(u.fullReload()).contains("a new file");
        assertThat(u.workspace().graph().node("cart/SPEC-CART-07")).isPresent();
        fx.assertSameAsFromScratch();
        u = fx.delete("cart", CART_01);
        assertThat(u.fullReload()).contains("a deleted file");
        assertThat(u.workspace().graph().node("cart/SPEC-CART-01")).isEmpty();
        fx.assertSameAsFromScratch();
    }

    @Test
    void aFileNoDocumentReadsChangesNothing() throws Exception {
        Workspace before = fx.workspace.snapshot();
        LiveUpdate u = fx.edit("cart", "README.md", "# Cart\n\nNothing to see.\n");
        assertThat(u.incremental()).isTrue();
        assertThat(u.reparsed()).isEmpty();
        assertThat(u.rechecked()).isEmpty();
        assertThat(u.workspace()).isSameAs(before);
    }

    @Test
    void refusesARepoItDoesNotHaveAndPathsOutsideTheRepo() {
        assertThatThrownBy(() -> fx.workspace.update("nope", CART_01, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> fx.workspace.update("cart", "../platform/x.md", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leaves the repo");
        assertThat(LiveWorkspace.normalize("./specs\\x.md")).isEqualTo("specs/x.md");
    }

    @Test
    void gateVerdictsFollowTheEdit() throws Exception {
        String key = "cart/SPEC-CART-01";
        assertThat(fx.workspace.snapshot().gates().verdicts().get(key).get(Gate.READY_TO_IMPLEMENT))
                .isEqualTo(Verdict.PASS);
        fx.replace("cart", CART_01, "- Blocked By: \\[\\]", "- Blocked By: ADR-103");
        assertThat(fx.workspace.snapshot().gates().verdicts().get(key).get(Gate.READY_TO_IMPLEMENT))
                .isEqualTo(Verdict.FAIL);
        fx.assertSameAsFromScratch();
    }

    private Object constitutionMetadata() {
        return fx.workspace.snapshot().graph().node("platform/constitution").orElseThrow().meta().asMap();
    }

    private List<Finding> rule(String rule, String node) {
        return fx.workspace.snapshot().findings().stream()
                .filter(f -> f.rule().equals(rule) && node.equals(f.node())).toList();
    }

    private List<Finding> ri1(String repo, String node) {
        return rule("RI1", node).stream().filter(f -> f.repo().equals(repo)).toList();
    }

    private List<Finding> lg1(String node) {
        return rule("LG1", node);
    }

    private String status(String key) {
        return fx.workspace.snapshot().graph().node(key).orElseThrow().status();
    }
}
