package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An OpenSpec main spec ({@code openspec/specs/<capability>/spec.md}) parsed the way the {@code openspec} CLI parses
 * it, with 1-based lines of the original file. Everything the spec validation rules need.
 *
 * @param path              the file, repo-relative
 * @param capability        the capability id (its path under {@code openspec/specs/})
 * @param title             the first level-1 heading as OpenSpec's parser sees it, or null
 * @param purposeFound      a heading titled {@code Purpose} (any level, any case) exists
 * @param purpose           its content, trimmed ({@code ""} when missing or empty; OpenSpec's {@code overview})
 * @param purposeLine       line of that heading, 0 when missing
 * @param requirementsFound a heading titled {@code Requirements} (any level, any case) exists
 * @param requirementsLine  line of that heading, 0 when missing
 * @param requirements      every child heading of that section, as requirements
 * @param blocks            the {@code ### Requirement:} blocks of the first {@code ## Requirements} section (the
 *                          blocks archive merges and the SHALL/MUST rules read; index = {@code requirements[i]})
 * @param structureIssues   delta headers, requirement headers outside {@code ## Requirements}, duplicate names
 * @param placeholder       the Purpose is still a placeholder ({@code TBD - created by archiving change …}, a
 *                          leading {@code TBD}/{@code TODO})
 * @param placeholderLine   the line holding the placeholder, 0 when unknown
 */
public record OpenSpecSpec(String path, String capability, String title, boolean purposeFound, String purpose,
                           int purposeLine, boolean requirementsFound, int requirementsLine,
                           List<OpenSpecRequirement> requirements, List<OpenSpecBlock> blocks,
                           List<OpenSpecStructureIssue> structureIssues, boolean placeholder, int placeholderLine) {

    public OpenSpecSpec {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(capability, "capability");
        purpose = purpose == null ? "" : purpose;
        requirements = List.copyOf(requirements);
        blocks = List.copyOf(blocks);
        structureIssues = List.copyOf(structureIssues);
    }

    /** OpenSpec's parser would throw: no (or an empty) Purpose, or no Requirements section. */
    public boolean parseFails() {
        return purpose.isEmpty() || !requirementsFound;
    }
}
