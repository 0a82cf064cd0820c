package io.specgraph.parse.openspec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Writes large OpenSpec trees for scale tests. */
final class GeneratedRepos {

    private GeneratedRepos() {
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Capability {@code i}: every tenth one nested under an area. */
    static String capability(int i) {
        return i % 10 == 0 ? "area-" + (i % 7) + "/cap-" + i : "cap-" + i;
    }

    static void capabilities(Path root, int count) {
        for (int i = 0; i < count; i++) {
            String id = capability(i);
            write(root.resolve("openspec/specs/" + id + "/spec.md"), "# " + id + " Specification\n\n## Purpose\n"
                    + "Capability number " + i + " of the generated scale repo, long enough to pass the check.\n\n"
                    + "## Requirements\n### Requirement: Behaviour " + i + "\nThe system SHALL do thing " + i + ".\n\n"
                    + "#### Scenario: Thing " + i + "\n- **WHEN** asked\n- **THEN** it does thing " + i + "\n");
        }
    }

    /** Archived change {@code i} modifies capabilities {@code i % caps} and {@code (i * 7) % caps}. */
    static void archivedChanges(Path root, int count, int caps) {
        LocalDate day = LocalDate.of(2023, 1, 1);
        for (int i = 0; i < count; i++) {
            String id = day.plusDays(i).toString() + "-change-" + i;
            Path dir = root.resolve("openspec/changes/archive/" + id);
            write(dir.resolve("proposal.md"), "# Change " + i + "\n\n## Why\nGenerated change " + i
                    + " exists to exercise the reader at scale.\n\n## What Changes\n- Thing " + i + "\n");
            write(dir.resolve("design.md"), "## Context\nNothing to see.\n");
            write(dir.resolve("tasks.md"), "## 1. Work\n- [x] 1.1 Do it\n- [" + (i % 5 == 0 ? " " : "x")
                    + "] 1.2 Check it\n");
            write(dir.resolve(".openspec.yaml"), "schema: spec-driven\ncreated: " + day.plusDays(i) + "\n");
            for (String cap : new String[] {capability(i % caps), capability((i * 7) % caps)}) {
                write(dir.resolve("specs/" + cap + "/spec.md"), "## MODIFIED Requirements\n### Requirement: Behaviour "
                        + cap + "\nThe system SHALL keep doing it.\n\n#### Scenario: Again\n- **WHEN** asked\n"
                        + "- **THEN** it does it\n");
            }
        }
    }
}
