package io.specgraph.engine.view.edit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Autosaved drafts: one per file, listed newest first, gone after discard, survive a new store (a restart). */
class RecoveryTest {

    @TempDir
    Path dir;

    private static Recovery.Draft draft(Path file, long millis, String text) {
        return new Recovery.Draft("cart/SPEC-CART-01", "cart", "specs/a.md", file, Instant.ofEpochMilli(millis),
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void draftsAreKeptPerFileAndListedNewestFirst() throws Exception {
        Recovery r = Recovery.under(dir.resolve("data"));
        assertThat(r.pending()).isEmpty();
        Path a = dir.resolve("repo/specs/a.md");
        Path b = dir.resolve("repo/specs/b-ünïcode.md");
        r.save(draft(a, 1_000, "first"));
        r.save(draft(a, 2_000, "second\r\n"));
        r.save(draft(b, 3_000, "other"));
        assertThat(r.dir()).isEqualTo(dir.resolve("data/recovery"));
        var pending = Recovery.pending(dir.resolve("data"));
        assertThat(pending).extracting(Recovery.Draft::file).containsExactly(b.toAbsolutePath(), a.toAbsolutePath());
        assertThat(pending.get(1)).isEqualTo(draft(a.toAbsolutePath(), 2_000, "second\r\n"));
        assertThat(r.find(a)).map(d -> new String(d.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("second\r\n");
        r.discard(a);
        assertThat(r.find(a)).isEmpty();
        assertThat(r.pending()).hasSize(1);
    }

    @Test
    void anUnreadableDraftIsSkipped() throws Exception {
        Recovery r = Recovery.under(dir);
        r.save(draft(dir.resolve("x.md"), 5, "x"));
        Files.writeString(r.dir().resolve("broken.properties"), "file=/nowhere\nsaved=notanumber\n");
        assertThat(r.pending()).hasSize(1);
    }
}
