package io.specgraph.engine.view.commit;

import io.specgraph.engine.Assignment;
import io.specgraph.engine.Demo;
import io.specgraph.engine.Editing;
import io.specgraph.engine.Targets;
import io.specgraph.engine.Workspace;
import io.specgraph.git.IsolatedGitConfig;
import io.specgraph.model.RepoSpec;
import io.specgraph.template.MetaEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The prefilled commit message, read from real git repos (the demo, written to a temp folder): HEAD vs work tree. */
@ExtendWith(IsolatedGitConfig.class)
class DocumentChangesTest {

    @TempDir
    Path tmp;
    private Path demo;
    private List<RepoSpec> repos;

    @BeforeEach
    void demo() throws Exception {
        demo = Demo.write(tmp.resolve("demo")).dir();
        repos = Targets.resolve(List.of(demo), null);
    }

    private Workspace load() {
        return Workspace.load(repos);
    }

    private void set(String node, String assignment) throws Exception {
        new Editing(load()).set(node, List.of(Assignment.parse(assignment)), true);
    }

    private Path file(String rel) {
        return demo.resolve(rel);
    }

    @Test
    void aCleanWorkspaceHasNoChangesAndNoMessage() {
        Changes c = Changes.read(repos);
        assertThat(c.repos()).isEmpty();
        assertThat(c.message()).isEmpty();
        assertThat(c.isEmpty()).isTrue();
    }

    @Test
    void describesAStatusChangeAndAListItemAddedInWorkspaceOrder() throws Exception {
        set("SPEC-CART-04", "blocked_by+=ADR-100");
        set("PLAT-126", "status=Approved");
        Changes c = Changes.read(repos);
        assertThat(c.message()).isEqualTo("PLAT-126: status Draft → Approved; SPEC-CART-04: blocked_by += ADR-100");
        assertThat(c.repo("cart").orElseThrow().files()).extracting(f -> f.path())
                .containsExactly("specs/SPEC-CART-04-abandoned-cart-reminders.md");
    }

    @Test
    void describesNewRemovedAndProseOnlyDocumentsAndOtherFiles() throws Exception {
        String spec4 = Files.readString(file("cart/specs/SPEC-CART-04-abandoned-cart-reminders.md"));
        Files.writeString(file("cart/specs/SPEC-CART-07-gift-notes.md"),
                spec4.replace("SPEC-CART-04", "SPEC-CART-07").replace("# Abandoned guest cart reminders", "# Gift"));
        Files.delete(file("cart/specs/SPEC-CART-06-guest-promo-codes.md"));
        Files.writeString(file("cart/specs/SPEC-CART-02-merge-guest-cart.md"),
                Files.readString(file("cart/specs/SPEC-CART-02-merge-guest-cart.md")) + "\nOne more sentence.\n");
        Files.writeString(file("cart/README.md"), "changed\n");
        List<ChangeNote> notes = Changes.read(repos).repo("cart").orElseThrow().notes();
        assertThat(notes).extracting(ChangeNote::text).containsExactly("SPEC-CART-02: text", "remove SPEC-CART-06",
                "add SPEC-CART-07", "update README.md");
    }

    @Test
    void describesVersionsRemovedItemsAndNewKeysOfOneDocumentTogether() throws Exception {
        Path f = file("cart/specs/SPEC-CART-04-abandoned-cart-reminders.md");
        Files.writeString(f, Files.readString(f).replace("- Version: v1", "- Version: v2")
                .replace("- Affects: cart, marketing", "- Affects: cart\n- Owner: team-cart"));
        assertThat(Changes.read(repos).message())
                .isEqualTo("SPEC-CART-04: version v1 → v2, affects -= marketing, owner = team-cart");
    }

    @Test
    void aLongMessageGetsASubjectAndOneLinePerDocument() throws Exception {
        for (String id : List.of("SPEC-CART-01", "SPEC-CART-02", "SPEC-CART-04", "SPEC-CART-05", "SPEC-CART-06")) {
            set(id, "blocked_by+=ADR-100");
        }
        String m = Changes.read(repos).message();
        assertThat(m).startsWith("Update 5 items in cart\n\n- SPEC-CART-01: blocked_by += ADR-100\n")
                .endsWith("- SPEC-CART-06: blocked_by += ADR-100\n");
    }

    @Test
    void aStatusChangeMarksThePlatformSpecGraphJsonForRegeneration() throws Exception {
        set("SPEC-CART-04", "status=Approved");
        Changes c = Changes.read(repos);
        assertThat(c.repo("platform").orElseThrow().regenerates()).isTrue();
        assertThat(c.repo("platform").orElseThrow().files()).isEmpty();
        assertThat(c.repo("cart").orElseThrow().regenerates()).isFalse();
    }

    @Test
    void readsTheDiffOfAChangedFile() throws Exception {
        set("PLAT-126", "status=Approved");
        RepoSpec platform = repos.stream().filter(r -> r.name().equals("platform")).findFirst().orElseThrow();
        String diff = Changes.diff(platform, "platform-specs/PLAT-126-guest-order-tracking.md");
        assertThat(diff).contains("-- Status: Draft").contains("+- Status: Approved");
    }
}
