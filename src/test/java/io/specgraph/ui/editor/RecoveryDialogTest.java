package io.specgraph.ui.editor;

import io.specgraph.engine.view.edit.Recovery;
import io.specgraph.ui.RecordingNavigator;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up offer of drafts a crash left: Open opens the document, Discard deletes the draft. */
@ExtendWith(ApplicationExtension.class)
class RecoveryDialogTest {

    @TempDir
    static Path data;
    private final RecordingNavigator nav = new RecordingNavigator();
    private RecoveryDialog dialog;

    @Start
    void start(Stage stage) throws Exception {
        Recovery r = Recovery.under(data);
        r.save(new Recovery.Draft("cart/SPEC-CART-01", "cart", "specs/a.md", data.resolve("cart/specs/a.md"),
                Instant.ofEpochMilli(2_000), "a".getBytes(StandardCharsets.UTF_8)));
        r.save(new Recovery.Draft("cart/SPEC-CART-02", "cart", "specs/b.md", data.resolve("cart/specs/b.md"),
                Instant.ofEpochMilli(1_000), "b".getBytes(StandardCharsets.UTF_8)));
        dialog = new RecoveryDialog(r, nav);
        stage.setScene(new Scene(dialog.root(), 600, 300));
        stage.show();
    }

    @Test
    void openOpensTheNewestDocumentAndDiscardDeletesItsDraft(FxRobot robot) {
        assertThat(dialog.drafts()).extracting(Recovery.Draft::path).containsExactly("specs/a.md", "specs/b.md");
        robot.clickOn("#recovery-open");
        assertThat(nav.calls()).containsExactly("open cart/SPEC-CART-01");
        robot.clickOn((javafx.scene.control.ListCell<?> c) -> c.getText() != null
                && c.getText().startsWith("cart/specs/b.md"));
        robot.clickOn("#recovery-discard");
        assertThat(dialog.drafts()).isEmpty();
        assertThat(Recovery.pending(data)).extracting(Recovery.Draft::path).containsExactly("specs/a.md");
    }
}
