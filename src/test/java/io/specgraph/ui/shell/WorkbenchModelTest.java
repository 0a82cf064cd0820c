package io.specgraph.ui.shell;

import io.specgraph.engine.AppDirs;
import io.specgraph.engine.Workspace;
import io.specgraph.engine.WorkspaceStore;
import io.specgraph.model.Node;
import io.specgraph.ui.FxDemo;
import io.specgraph.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The open workspace without a toolkit: loading, recent workspaces, failures, and edits made on disk. */
class WorkbenchModelTest {

    @TempDir
    Path dir;

    private WorkbenchModel model(boolean watch) {
        return new WorkbenchModel(new WorkspaceStore(new AppDirs(dir.resolve("config"), dir.resolve("data"))),
                TaskRunner.inline(), watch);
    }

    @Test
    void theFirstStartWritesTheDemoIntoTheDataDirAndRemembersIt() throws Exception {
        try (WorkbenchModel wb = model(false)) {
            wb.openAtStart();
            assertThat(wb.model().get().graph().nodes()).hasSizeGreaterThan(40);
            assertThat(wb.workspaceFileProperty().get()).startsWith(dir.resolve("data"));
            assertThat(wb.repoHealth()).extracting(h -> h.branch()).containsOnly("main");
            assertThat(wb.store().recent()).containsExactly(wb.workspaceFileProperty().get());
            assertThat(wb.errorProperty().get()).isEmpty();
        }
    }

    @Test
    void aMissingWorkspaceFileIsAMessageAndTheLastSnapshotStays() {
        try (WorkbenchModel wb = model(false)) {
            wb.openAtStart();
            Workspace before = wb.model().get();
            wb.open(dir.resolve("nope.json"));
            assertThat(wb.errorProperty().get()).contains("nope.json");
            assertThat(wb.model().get()).isSameAs(before);
        }
    }

    @Test
    void openingFoldersMakesAWorkspaceOfThem() {
        Path demo = FxDemo.fresh(dir);
        try (WorkbenchModel wb = model(false)) {
            wb.openFolders(List.of(demo.resolve("cart"), demo.resolve("platform")));
            assertThat(wb.model().get().graph().repos()).extracting(r -> r.name())
                    .containsExactlyInAnyOrder("cart", "platform");
            assertThat(wb.workspaceNameProperty().get()).isEqualTo("cart");
        }
    }

    @Test
    void anEditOnDiskShowsUpWithoutAReload() throws Exception {
        Path demo = FxDemo.fresh(dir);
        try (WorkbenchModel wb = model(true)) {
            wb.open(demo);
            Node spec = wb.model().get().graph().node("platform/ECO-124").orElseThrow();
            Path file = demo.resolve("platform").resolve(spec.path());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, text.replace(spec.title(), "Guest Checkout, renamed"), StandardCharsets.UTF_8);
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline && !title(wb).equals("Guest Checkout, renamed")) {
                Thread.sleep(50);
            }
            assertThat(title(wb)).isEqualTo("Guest Checkout, renamed");
            assertThat(wb.messageProperty().get()).startsWith("Updated");
        }
    }

    @Test
    void anUnsavedBufferIsCheckedLiveAndDroppingItGoesBackToTheFile() throws Exception {
        Path demo = FxDemo.fresh(dir);
        try (WorkbenchModel wb = model(false)) {
            wb.open(demo);
            Node spec = wb.model().get().graph().node("platform/ECO-124").orElseThrow();
            String text = Files.readString(demo.resolve("platform").resolve(spec.path()), StandardCharsets.UTF_8);
            wb.edited("platform", spec.path(), text.replace(spec.title(), "Typed, not saved")
                    .getBytes(StandardCharsets.UTF_8));
            assertThat(title(wb)).isEqualTo("Typed, not saved");
            assertThat(wb.messageProperty().get()).contains("re-checked");
            wb.edited("platform", spec.path(), null);
            assertThat(title(wb)).isEqualTo(spec.title());
        }
    }

    private static String title(WorkbenchModel wb) {
        return wb.model().get().graph().node("platform/ECO-124").map(Node::title).orElse("");
    }
}
