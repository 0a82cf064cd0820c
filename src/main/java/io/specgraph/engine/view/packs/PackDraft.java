package io.specgraph.engine.view.packs;

import java.util.List;
import java.util.Objects;

/**
 * The proposed next version of a context pack, not yet written.
 *
 * @param id           the pack id ({@code cp-checkout})
 * @param version      the new version ({@code v3})
 * @param repo         the repo it goes in (where the previous version lives)
 * @param path         the repo-relative file it would be written to
 * @param previousKey  the node key of the version it follows, or null for a first version
 * @param previousText that version's text ("" for a first version)
 * @param text         the new document
 * @param changes      what changed against the previous version, section by section
 */
public record PackDraft(String id, String version, String repo, String path, String previousKey, String previousText,
                        String text, List<Change> changes) {

    /** One source item added to or gone from a section of the pack. */
    public record Change(String section, boolean added, String item) {
        @Override
        public String toString() {
            return (added ? "+ " : "- ") + section + ": " + item;
        }
    }

    public PackDraft {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        previousText = previousText == null ? "" : previousText;
        changes = List.copyOf(changes);
    }

    /** {@code cp-checkout v3}. */
    public String label() {
        return id + " " + version;
    }
}
