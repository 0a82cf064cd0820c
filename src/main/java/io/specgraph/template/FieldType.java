package io.specgraph.template;

/** What a form field holds, and so which editor it gets. */
public enum FieldType {
    /** Free text. */
    TEXT,
    /** A list of free-text items (MCP sources, decision makers). */
    TEXT_LIST,
    /** An ISO date ({@code 2026-02-06}). */
    DATE,
    /** A version ({@code v2}, {@code 1.2.0}). */
    VERSION,
    /** The document's own id. */
    ID,
    /** One of {@link Field#options()}. */
    ENUM,
    /** One reference to a node (or a repo or component, see {@link Field#targets()}). */
    REFERENCE,
    /** A list of references. */
    REFERENCE_LIST;

    public boolean isList() {
        return this == TEXT_LIST || this == REFERENCE_LIST;
    }

    public boolean isReference() {
        return this == REFERENCE || this == REFERENCE_LIST;
    }
}
