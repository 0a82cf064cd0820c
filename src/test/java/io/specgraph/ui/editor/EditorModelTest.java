package io.specgraph.ui.editor;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.engine.view.edit.Recovery;
import io.specgraph.graph.gate.Verdict;
import io.specgraph.model.Gate;
import io.specgraph.model.LifecycleState;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.TaskRunner;
import io.specgraph.ui.shell.WorkbenchModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The editor without a toolkit, on a private demo copy whose SPEC-CART-01 is written with a BOM and CRLF. */
class EditorModelTest {

    static final String CART01 = "cart/SPEC-CART-01";
    static final String IMPLEMENTS = "- Implements: PLAT-124 v1";

    @TempDir
    Path dir;
    private WorkbenchModel wb;
    private Path file;
    private byte[] original;

    /** Rewrites SPEC-CART-01 as BOM + CRLF; returns its file. */
    static Path bomCrlf(Path demo) throws Exception {
        Path f = demo.resolve("cart/specs/SPEC-CART-01-guest-cart.md");
        String crlf = "\uFEFF" + Files.readString(f, StandardCharsets.UTF_8).replace("\n", "\r\n");
        Files.write(f, crlf.getBytes(StandardCharsets.UTF_8));
        return f;
    }

    @BeforeEach
    void open() throws Exception {
        Path demo = FxDemo.fresh(dir);
        file = bomCrlf(demo);
        original = Files.readAllBytes(file);
        wb = new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                TaskRunner.inline(), false);
        wb.open(demo);
    }

    @AfterEach
    void close() {
        wb.close();
    }

    private EditorModel editor(String key) {
        return new EditorModel(wb, key, TaskRunner.inline());
    }

    @Test
    void anUnchangedBufferSavesTheIdenticalBytes() throws Exception {
        EditorModel m = editor(CART01);
        assertThat(m.textProperty().get()).doesNotContain("\r").doesNotStartWith("\uFEFF").contains(IMPLEMENTS);
        m.edited(m.textProperty().get());
        assertThat(m.dirtyProperty().get()).isFalse();
        assertThat(m.titleProperty().get()).isEqualTo("SPEC-CART-01");
        assertThat(m.save()).isTrue();
        assertThat(Files.readAllBytes(file)).isEqualTo(original);
    }

    @Test
    void removingImplementsFailsAGateAndSavingChangesOnlyThatLine() throws Exception {
        EditorModel m = editor(CART01);
        assertThat(m.panelProperty().get().failing()).isFalse();
        m.typing();
        m.edited(m.textProperty().get().replace(IMPLEMENTS + "\n", ""));
        assertThat(m.dirtyProperty().get()).isTrue();
        assertThat(m.titleProperty().get()).isEqualTo("SPEC-CART-01 •");
        assertThat(m.panelProperty().get().failing()).isTrue();
        assertThat(m.panelProperty().get().gates()).anyMatch(g -> g.verdict() == Verdict.FAIL
                && g.gate() == Gate.CONTEXT_COMPLETENESS);
        assertThat(Files.readAllBytes(file)).as("nothing written before saving").isEqualTo(original);
        assertThat(m.save()).isTrue();
        String expected = new String(original, StandardCharsets.UTF_8).replace(IMPLEMENTS + "\r\n", "");
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(m.dirtyProperty().get()).isFalse();
        assertThat(wb.model().get().gates().allPass(CART01)).isFalse();
    }

    @Test
    void aChangeOnDiskReloadsACleanBufferAndIsAskedAboutADirtyOne() throws Exception {
        EditorModel m = editor(CART01);
        String theirs = new String(original, StandardCharsets.UTF_8).replace("Guest cart and", "Guest basket and");
        Files.writeString(file, theirs);
        m.checkDisk();
        assertThat(m.textProperty().get()).contains("Guest basket and");
        assertThat(m.conflictProperty().get()).isFalse();

        m.edited(m.textProperty().get().replace("# Guest basket", "# Mine: guest basket"));
        Files.writeString(file, theirs.replace("Guest basket and", "Their basket and"));
        m.checkDisk();
        assertThat(m.conflictProperty().get()).isTrue();
        assertThat(m.textProperty().get()).as("nothing replaced silently").contains("Guest basket and");
        assertThat(m.save()).as("no save over a changed file").isFalse();
        assertThat(Files.readString(file)).contains("Their basket and");
        m.showDiff();
        assertThat(m.diffProperty().get()).contains("-# Their basket and").contains("+# Mine: guest basket");
        m.keepMine();
        assertThat(m.conflictProperty().get()).isFalse();
        assertThat(m.save()).isTrue();
        assertThat(Files.readString(file)).contains("# Mine: guest basket").doesNotContain("Their");
    }

    @Test
    void reloadFromDiskDropsTheEdits() throws Exception {
        EditorModel m = editor(CART01);
        m.edited(m.textProperty().get() + "more\n");
        Files.writeString(file, "# replaced\n");
        m.checkDisk();
        m.reloadFromDisk();
        assertThat(m.textProperty().get()).isEqualTo("# replaced\n");
        assertThat(m.dirtyProperty().get()).isFalse();
    }

    @Test
    void anAutosavedDraftIsOfferedToTheNextEditorAndGoneAfterSaving() throws Exception {
        EditorModel crashed = editor(CART01);
        crashed.edited(crashed.textProperty().get().replace(IMPLEMENTS, "- Implements: PLAT-124 v2"));
        crashed.autosave();
        assertThat(Recovery.pending(dir.resolve("data"))).singleElement()
                .satisfies(d -> assertThat(d.nodeKey()).isEqualTo(CART01));
        crashed.dispose();

        EditorModel next = editor(CART01);
        assertThat(next.draftProperty().get()).isNotNull();
        assertThat(next.textProperty().get()).contains(IMPLEMENTS);
        assertThat(next.restoreDraft()).hasValueSatisfying(t -> assertThat(t).contains("PLAT-124 v2"));
        assertThat(next.dirtyProperty().get()).isTrue();
        assertThat(next.save()).isTrue();
        assertThat(Recovery.pending(dir.resolve("data"))).isEmpty();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8)
                        .replace(IMPLEMENTS, "- Implements: PLAT-124 v2"));
    }

    @Test
    void statusChangesAreLegalOnlyAndRefusedWhileAGateFails() throws Exception {
        EditorModel m = editor("cart/SPEC-CART-06");
        m.edited(m.textProperty().get());
        assertThat(m.statusOptions()).extracting(o -> o.state())
                .containsExactlyInAnyOrder(LifecycleState.APPROVED, LifecycleState.DISCOVERY, LifecycleState.PAUSED);
        String before = m.textProperty().get();
        assertThat(m.changeStatus(LifecycleState.APPROVED)).isEmpty();
        assertThat(m.noteProperty().get().error()).isTrue();
        assertThat(m.noteProperty().get().text()).contains("cannot be Approved").contains("context-completeness");
        assertThat(m.textProperty().get()).isEqualTo(before);
        assertThat(m.changeStatus(LifecycleState.PAUSED)).isPresent();
        assertThat(m.noteProperty().get().error()).isFalse();
        assertThat(m.dirtyProperty().get()).isTrue();
        assertThat(m.currentStatusProperty().get()).isEqualTo("Paused");
    }
}
