package io.specgraph.model;

/** Where a metadata value was read from (model.md §3), and so where it is written back. */
public enum MetaSource {
    /** YAML front matter at the top of the document. */
    FRONT_MATTER,
    /** A {@code - Key: value} bullet in a {@code ## Metadata} section. */
    METADATA_SECTION,
    /** A {@code **Key**: value} line before the first {@code ##} heading. */
    BOLD_LABEL,
    /** A {@code * Key: value} bullet before the first {@code ##} heading (MADR 2). */
    BULLET,
    /** A plain {@code Key: value} line before the first {@code ##} heading (adr-tools {@code Date:}). */
    PLAIN_LINE,
    /** The first line of an ADR's {@code ## Status} section. */
    STATUS_SECTION,
    /** A separate YAML file holding the metadata (an OpenSpec change's {@code .openspec.yaml}). */
    SIDECAR,
    /** A whole YAML or JSON document (context packs, {@code component.yaml}). */
    YAML_DOCUMENT,
    /** A spec-kit constitution's {@code **Version**: … | **Ratified**: …} line. */
    VERSION_LINE,
    /** Derived by a reader (file name, folder, heading), not written anywhere. */
    DERIVED
}
