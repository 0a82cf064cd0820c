package io.specgraph.model;

import java.util.Locale;
import java.util.Optional;

/** The tier a repo belongs to (seed 001 §1.4). */
public enum RepoRole {
    PLATFORM("platform"),
    COMPONENT("component");

    private final String label;

    RepoRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RepoRole> fromText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String norm = text.trim().toLowerCase(Locale.ROOT);
        for (RepoRole role : values()) {
            if (role.label.equals(norm)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
