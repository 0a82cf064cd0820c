package io.specgraph.model;

import java.util.Objects;

/**
 * A structured piece of a spec-kit document that a format rule checks: a requirement id, an acceptance scenario,
 * a clarification marker, a constitution placeholder. Positions are exact so findings can point at them.
 *
 * @param type    what the piece is
 * @param path    the file, repo-relative
 * @param line    1-based line
 * @param column  1-based column of the piece in the line (of the id, marker or placeholder)
 * @param id      per type: {@code FR-001} for a requirement, {@code US2} for a scenario under user story 2,
 *                {@code PRINCIPLE_1_NAME} for a placeholder, the field of a deferred {@code TODO(FIELD)}; else null
 * @param text    per type: the requirement text, the scenario text, the marker or placeholder as written, the
 *                first line of a sync impact report
 * @param section the nearest heading above the piece, or ""
 */
public record SpecKitItem(Type type, String path, int line, int column, String id, String text, String section) {

    /** The kinds of piece. */
    public enum Type {
        /** {@code - **FR-001**: System MUST …} (also {@code SC-}, and a fork's {@code NFR-} and {@code C-}). */
        REQUIREMENT,
        /** {@code 1. **Given** …, **When** …, **Then** …}. */
        ACCEPTANCE,
        /** {@code [NEEDS CLARIFICATION: …]} outside code. */
        CLARIFICATION,
        /** A template placeholder left in a constitution: {@code [PRINCIPLE_1_NAME]}. */
        PLACEHOLDER,
        /** A deferred constitution value: {@code TODO(RATIFICATION_DATE): …}. */
        DEFERRED,
        /** An HTML comment holding a constitution's sync impact report. */
        SYNC_REPORT
    }

    public SpecKitItem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        text = text == null ? "" : text;
        section = section == null ? "" : section;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position");
        }
    }

    /** The requirement prefix ({@code FR}, {@code SC}, {@code NFR}, {@code C}) of a requirement id, else "". */
    public String prefix() {
        if (type != Type.REQUIREMENT || id == null) {
            return "";
        }
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }
}
