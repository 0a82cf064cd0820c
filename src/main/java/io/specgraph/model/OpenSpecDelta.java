package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * One markdown file under a change's {@code specs/} folder, parsed the way OpenSpec's delta reader
 * ({@code parseDeltaSpec}) parses it, with 1-based lines of the original file.
 *
 * @param path                 the file, repo-relative
 * @param entryPath            the file relative to the change's {@code specs/} folder ({@code auth/spec.md}), the
 *                             path OpenSpec's issues carry
 * @param capability           the capability it changes: the folder path for a {@code spec.md}; for another
 *                             markdown file, the capability OpenSpec says it belongs to ({@code specs/auth.md} →
 *                             {@code auth}, {@code specs/auth/notes.md} → {@code auth}); {@code ""} for
 *                             {@code specs/spec.md}
 * @param file                 how OpenSpec treats the file
 * @param sections             every {@code ## } heading (name = title as written)
 * @param deltaSections        the {@code ## } headings that are delta sections (section = {@code ADDED},
 *                             {@code MODIFIED}, {@code REMOVED} or {@code RENAMED}; name = title as written)
 * @param added                ADDED blocks
 * @param modified             MODIFIED blocks
 * @param removed              REMOVED names (heading or bullet form), section = the section title
 * @param removedBlocks        REMOVED entries written as {@code ### Requirement:} blocks
 * @param renamed              RENAMED pairs
 * @param unpairedRenames      {@code FROM:}/{@code TO:} lines that never formed a pair (section = {@code FROM} or
 *                             {@code TO})
 * @param orphanedRequirements {@code ### Requirement:} headings outside every delta section (section = the
 *                             {@code ## } title above, or null)
 * @param skippedHeaders       {@code ###} headings inside ADDED/MODIFIED that are not {@code ### Requirement: <name>}
 */
public record OpenSpecDelta(String path, String entryPath, String capability, DeltaFile file,
                            List<OpenSpecEntry> sections, List<OpenSpecEntry> deltaSections,
                            List<OpenSpecBlock> added, List<OpenSpecBlock> modified, List<OpenSpecEntry> removed,
                            List<OpenSpecBlock> removedBlocks, List<OpenSpecRename> renamed,
                            List<OpenSpecEntry> unpairedRenames, List<OpenSpecEntry> orphanedRequirements,
                            List<OpenSpecEntry> skippedHeaders) {

    /** How OpenSpec treats a markdown file under a change's {@code specs/}. */
    public enum DeltaFile {
        /** {@code specs/<capability-path>/spec.md}: read, validated and applied. */
        CAPABILITY_SPEC,
        /** {@code specs/spec.md}: ignored by apply and archive (an error in validation). */
        ROOT_SPEC,
        /** Any other markdown file ({@code specs/auth.md}, {@code specs/auth/notes.md}): never read by apply. */
        OTHER_MARKDOWN
    }

    public OpenSpecDelta {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(entryPath, "entryPath");
        Objects.requireNonNull(capability, "capability");
        Objects.requireNonNull(file, "file");
        sections = List.copyOf(sections);
        deltaSections = List.copyOf(deltaSections);
        added = List.copyOf(added);
        modified = List.copyOf(modified);
        removed = List.copyOf(removed);
        removedBlocks = List.copyOf(removedBlocks);
        renamed = List.copyOf(renamed);
        unpairedRenames = List.copyOf(unpairedRenames);
        orphanedRequirements = List.copyOf(orphanedRequirements);
        skippedHeaders = List.copyOf(skippedHeaders);
    }

    /** True when a section of operation {@code op} ({@code ADDED} …) is present. */
    public boolean hasSection(String op) {
        return deltaSections.stream().anyMatch(e -> op.equals(e.section()));
    }

    /** The first spelling of operation {@code op}'s section title, or the canonical title when absent. */
    public String sectionTitle(String op) {
        return deltaSections.stream().filter(e -> op.equals(e.section())).map(OpenSpecEntry::name).findFirst()
                .orElse(op + " Requirements");
    }

    /** True when any delta section is present. */
    public boolean hasDeltaSections() {
        return !deltaSections.isEmpty();
    }

    /** The number of entries (ADDED + MODIFIED + REMOVED + RENAMED). */
    public int entryCount() {
        return added.size() + modified.size() + removed.size() + renamed.size();
    }
}
