package io.specgraph.engine;

import io.specgraph.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ADR3 on one ADR reads how another ADR's supersede links resolve: when that changes because a third ADR takes
 * the id a back-link names, the first ADR is checked again, as a load from scratch would check it.
 */
class LiveAdrLinksTest {

    private static final String LOG = "log";
    private static final String ADR_7 = "docs/adr/0007-q.md";

    @TempDir
    Path dir;

    @Test
    void anAdrTakingTheIdABackLinkNamesChecksTheAdrThatLinkMirrored() throws Exception {
        Path base = dir.resolve("base");
        write(base, "docs/adr/0005-n.md", adr(5, "N", "Accepted\n\nSupersedes [6. O](0006-o.md)"));
        write(base, "docs/adr/0006-o.md", adr(6, "O", "Superseded by ADR-0005"));
        write(base, ADR_7, adr(7, "Q", "Accepted"));
        LiveFixture fx = new LiveFixture(base, dir.resolve("copies"), LOG);
        assertThat(adr3(fx)).isEmpty();
        fx.assertSameAsFromScratch();

        LiveUpdate u = fx.edit(LOG, ADR_7, "---\nid: ADR-0005\n---\n\n" + fx.read(LOG, ADR_7));
        assertThat(u.incremental()).isTrue();
        Workspace expected = fx.assertSameAsFromScratch();
        assertThat(expected.findings()).as("from scratch, O's back-link no longer reaches N")
                .anyMatch(f -> f.rule().equals("ADR3") && f.path().equals("docs/adr/0005-n.md"));
    }

    private static List<Finding> adr3(LiveFixture fx) {
        return fx.workspace.snapshot().findings().stream().filter(f -> f.rule().equals("ADR3")).toList();
    }

    private static String adr(int number, String title, String status) {
        return "# " + number + ". " + title + "\n\nDate: 2024-01-0" + number + "\n\n## Status\n\n" + status
                + "\n\n## Context\n\nSome context.\n\n## Decision\n\nWe decide.\n\n## Consequences\n\nSome.\n";
    }

    private static void write(Path root, String path, String text) throws Exception {
        Path p = root.resolve(LOG).resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}
