package io.specgraph.engine.view.templates;

import io.specgraph.engine.Demo;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.template.TemplateKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Id and file proposals on the demo workspace. */
class NewDocumentProposeTest {

    @TempDir
    static Path tmp;
    static Workspace ws;

    @BeforeAll
    static void loadDemo() throws Exception {
        ws = Workspace.load(Targets.resolve(List.of(Demo.write(tmp.resolve("demo")).dir()), null));
    }

    private static NewDocument.Proposal propose(String repo, TemplateKind kind, String title) {
        return NewDocument.propose(ws, repo, kind, title);
    }

    @Test
    void nextPlatformSpecInitiativeAndContract() {
        NewDocument.Proposal plat = propose("platform", TemplateKind.PLATFORM_SPEC, "Loyalty points at checkout");
        assertThat(plat.id()).isEqualTo("PLAT-131");
        assertThat(plat.number()).isEqualTo("131");
        assertThat(plat.path()).isEqualTo("platform-specs/PLAT-131-loyalty-points-at-checkout.md");
        assertThat(propose("platform", TemplateKind.INITIATIVE, "Loyalty").path())
                .isEqualTo("initiatives/ECO-131-loyalty.md");
        NewDocument.Proposal contract = propose("platform", TemplateKind.CONTRACT, "Loyalty API");
        assertThat(contract.id()).as("CONTRACT-11 lives in payments, numbering is workspace-wide")
                .isEqualTo("CONTRACT-14");
        assertThat(contract.path()).isEqualTo("contracts/CONTRACT-14-loyalty-api.md");
    }

    @Test
    void nextComponentSpecBugAndHotfixPerRepo() {
        NewDocument.Proposal cart = propose("cart", TemplateKind.COMPONENT_SPEC, "Loyalty points in the cart");
        assertThat(cart.id()).isEqualTo("SPEC-CART-07");
        assertThat(cart.path()).isEqualTo("specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        assertThat(propose("shipping", TemplateKind.COMPONENT_SPEC, "").path()).isEqualTo("specs/SPEC-SHIP-09.md");
        assertThat(propose("cart", TemplateKind.BUG, "x").id()).isEqualTo("BUG-201");
        assertThat(propose("shipping", TemplateKind.BUG, "x").id()).as("no bugs in shipping: the workspace's prefix")
                .isEqualTo("BUG-201");
        NewDocument.Proposal hotfix = propose("payments", TemplateKind.HOTFIX, "Refund double");
        assertThat(hotfix.id()).isEqualTo("HOTFIX-02");
        assertThat(hotfix.path()).isEqualTo("specs/HOTFIX-02-refund-double.md");
    }

    @Test
    void nextAdrFollowsTheLogsNumberingAndFileNames() {
        NewDocument.Proposal platform = propose("platform", TemplateKind.ADR_MADR, "Loyalty ledger store");
        assertThat(platform.id()).isEqualTo("ADR-105");
        assertThat(platform.path()).as("four adr-tools names against two ADR-nnn names")
                .isEqualTo("adr/0105-loyalty-ledger-store.md");
        NewDocument.Proposal cart = propose("cart", TemplateKind.ADR_NYGARD, "Use Redis streams");
        assertThat(cart.id()).isEqualTo("ADR-3");
        assertThat(cart.number()).isEqualTo("3");
        assertThat(cart.path()).isEqualTo("adr/0003-use-redis-streams.md");
        assertThat(NewDocument.values(cart, "Use Redis streams", java.time.LocalDate.of(2026, 3, 1)))
                .containsEntry("heading", "3. Use Redis streams").containsEntry("date", "2026-03-01");
    }

    @Test
    void partsOfOtherDocuments() {
        NewDocument.Proposal task = NewDocument.propose(ws, "platform", TemplateKind.FAN_OUT_TASK, "",
                "platform/PLAT-124");
        assertThat(task.id()).isEqualTo("T032");
        assertThat(task.path()).isEqualTo("platform-specs/PLAT-124-guest-checkout/tasks.md");
        NewDocument.Proposal design = NewDocument.propose(ws, "platform", TemplateKind.DESIGN_DOC, "",
                "platform/PLAT-124");
        assertThat(design.path()).isEqualTo("platform-specs/PLAT-124-guest-checkout/engineering-design.md");
        assertThatThrownBy(() -> NewDocument.propose(ws, "platform", TemplateKind.DESIGN_DOC, "", "platform/PLAT-130"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feature folder");
        NewDocument.Proposal change = propose("shipping", TemplateKind.OPENSPEC_PROPOSAL, "Add guest quotes");
        assertThat(change.id()).as("the name is taken").isEqualTo("add-guest-quotes-2");
        assertThat(change.path()).isEqualTo("openspec/changes/add-guest-quotes-2/proposal.md");
        assertThat(NewDocument.propose(ws, "shipping", TemplateKind.OPENSPEC_DELTA, "pickup-points", "add-pickup")
                .path()).isEqualTo("openspec/changes/add-pickup/specs/pickup-points/spec.md");
        assertThatThrownBy(() -> propose("nowhere", TemplateKind.BUG, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
