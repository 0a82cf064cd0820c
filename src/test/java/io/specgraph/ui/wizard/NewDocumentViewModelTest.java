package io.specgraph.ui.wizard;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.engine.view.templates.NewDocument;
import io.specgraph.engine.view.templates.NewDocumentFile;
import io.specgraph.model.LifecycleState;
import io.specgraph.model.Node;
import io.specgraph.model.NodeKind;
import io.specgraph.template.TemplateKind;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.Navigator;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The "New document" view-model on a private copy of the demo, without a toolkit. */
class NewDocumentViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;
    private Path demo;
    private WorkbenchModel wb;
    private final List<String> opened = new ArrayList<>();
    private NewDocumentViewModel vm;

    @BeforeEach
    void open() {
        demo = FxDemo.fresh(dir);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                TaskRunner.inline(), false);
        wb.open(demo);
        Navigator nav = io.specgraph.ui.RecordingNavigator.opening(opened);
        vm = new NewDocumentViewModel(wb, nav, () -> DAY);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private String proposed(TemplateKind kind, String repo, String title) {
        vm.kindProperty().set(kind);
        vm.repoProperty().set(repo);
        vm.titleProperty().set(title);
        NewDocument.Proposal p = vm.proposalProperty().get();
        return p.id() + " " + p.path();
    }

    @Test
    void offersOnlyTheReposAKindBelongsIn() {
        vm.kindProperty().set(TemplateKind.PLATFORM_SPEC);
        assertThat(vm.repos()).containsExactly("platform");
        assertThat(vm.repoProperty().get()).isEqualTo("platform");
        vm.kindProperty().set(TemplateKind.COMPONENT_SPEC);
        assertThat(vm.repos()).contains("cart", "payments", "shipping").doesNotContain("platform");
        assertThat(vm.forComponentSpecProperty().get()).isTrue();
        vm.kindProperty().set(TemplateKind.HOTFIX);
        assertThat(vm.repos()).doesNotContain("platform");
        assertThat(vm.forComponentSpecProperty().get()).isFalse();
        vm.kindProperty().set(TemplateKind.ADR_MADR);
        assertThat(vm.repos()).first().isEqualTo("platform");
        assertThat(vm.repos()).contains("cart");
        assertThat(vm.platformSpecs()).contains("platform/PLAT-124").allMatch(k -> k.startsWith("platform/PLAT-"));
    }

    @Test
    void proposesTheNextIdAndFileLive() {
        assertThat(proposed(TemplateKind.PLATFORM_SPEC, "platform", "Loyalty points at checkout"))
                .isEqualTo("PLAT-131 platform-specs/PLAT-131-loyalty-points-at-checkout.md");
        assertThat(proposed(TemplateKind.COMPONENT_SPEC, "cart", "Loyalty points in the cart"))
                .isEqualTo("SPEC-CART-07 specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        assertThat(proposed(TemplateKind.ADR_MADR, "platform", "Loyalty ledger store"))
                .isEqualTo("ADR-105 adr/0105-loyalty-ledger-store.md");
        assertThat(proposed(TemplateKind.HOTFIX, "payments", "Refund double"))
                .isEqualTo("HOTFIX-02 specs/HOTFIX-02-refund-double.md");
        vm.titleProperty().set("  ");
        assertThat(vm.canCreateProperty().get()).isFalse();
        assertThat(vm.problemProperty().get()).isEqualTo("Type a title");
        assertThat(vm.create()).isEmpty();
    }

    @Test
    void createWritesTheRenderedTemplateReadsBackAndOpensTheDocument() throws Exception {
        Workspace before = wb.model().get();
        proposed(TemplateKind.COMPONENT_SPEC, "cart", "Loyalty points in the cart");
        vm.implementsProperty().set("platform/PLAT-124");
        NewDocumentFile.Request request = new NewDocumentFile.Request(TemplateKind.COMPONENT_SPEC, "cart",
                "Loyalty points in the cart", "platform/PLAT-124");
        byte[] expected = NewDocumentFile.render(before, request, NewDocumentFile.propose(before, request), DAY);

        NewDocumentFile.Created created = vm.create().orElseThrow();

        Path file = demo.resolve("cart/specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        assertThat(created.file()).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
        assertThat(new String(expected, java.nio.charset.StandardCharsets.UTF_8))
                .contains("- Implements: PLAT-124 v1").contains("# Loyalty points in the cart");
        assertThat(opened).containsExactly("cart/SPEC-CART-07");
        Node n = wb.model().get().graph().node("cart/SPEC-CART-07").orElseThrow();
        assertThat(n.kind()).isEqualTo(NodeKind.COMPONENT_SPEC);
        assertThat(n.state()).isEqualTo(LifecycleState.DRAFT);
        assertThat(n.title()).isEqualTo("Loyalty points in the cart");
        assertThat(wb.model().get().graph().outgoing("cart/SPEC-CART-07")).extracting(e -> e.to())
                .contains("platform/PLAT-124");
        Node fresh = FxDemo.load(demo).graph().node("cart/SPEC-CART-07").orElseThrow();
        assertThat(fresh.path()).isEqualTo("specs/SPEC-CART-07-loyalty-points-in-the-cart.md");
        assertThat(vm.proposalProperty().get()).isNotNull();
    }

    @Test
    void refusesToWriteOverAnExistingFile() throws Exception {
        proposed(TemplateKind.ADR_NYGARD, "cart", "Use Redis streams");
        Path file = demo.resolve("cart/adr/0003-use-redis-streams.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "mine\n");

        assertThat(vm.create()).isEmpty();

        assertThat(Files.readString(file)).isEqualTo("mine\n");
        assertThat(vm.problemProperty().get()).startsWith("Already exists");
        assertThat(opened).isEmpty();
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void everyKindCreatesItsNode() throws Exception {
        for (TemplateKind kind : NewDocumentFile.KINDS) {
            vm.kindProperty().set(kind);
            vm.titleProperty().set("New " + kind.label());
            NewDocumentFile.Created c = vm.create().orElseThrow(() -> new AssertionError(kind + ": "
                    + vm.problemProperty().get()));
            Node n = c.node(wb.model().get()).orElseThrow(() -> new AssertionError(c.proposal()));
            assertThat(n.kind()).as(kind.label()).isEqualTo(kind.nodeKind().orElseThrow());
            assertThat(n.title()).as(kind.label()).isEqualTo("New " + kind.label());
            assertThat(opened).as(kind.label()).last().isEqualTo(n.key());
        }
        assertThat(opened).hasSize(NewDocumentFile.KINDS.size()).contains("cart/CONTRACT-14@v1");
    }
}
