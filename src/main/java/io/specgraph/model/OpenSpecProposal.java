package io.specgraph.model;

import java.util.Objects;

/**
 * A change's {@code proposal.md} as OpenSpec's change parser reads it.
 *
 * @param path            the file, repo-relative
 * @param title           the first {@code # } heading without a {@code Change:} prefix, or null
 * @param why             the {@code Why} section's content, trimmed ({@code ""} when missing or empty)
 * @param whyLine         line of the {@code Why} heading, 0 when missing
 * @param whatChanges     the {@code What Changes} section's content, trimmed ({@code ""} when missing or empty)
 * @param whatChangesLine line of the {@code What Changes} heading, 0 when missing
 */
public record OpenSpecProposal(String path, String title, String why, int whyLine, String whatChanges,
                               int whatChangesLine) {

    public OpenSpecProposal {
        Objects.requireNonNull(path, "path");
        why = why == null ? "" : why;
        whatChanges = whatChanges == null ? "" : whatChanges;
    }
}
