package io.specgraph.template;

import io.specgraph.model.Heading;
import io.specgraph.model.Keys;
import io.specgraph.model.NodeKind;
import io.specgraph.parse.Document;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A form built from a template or a document: typed metadata fields and sections, over the document's exact text.
 * {@link #render} writes values back into the places they were read from and changes nothing else, so rendering
 * the form's own values gives back the identical bytes.
 *
 * @param kind     the template kind
 * @param nodeKind the node kind a document of it reads as, or null for parts of a node
 * @param document the text the form was read from
 * @param fields   the fields, the first-level heading first, then in the order the metadata was read
 * @param sections the sections in document order
 */
public record FormDefinition(TemplateKind kind, NodeKind nodeKind, Document document, List<Field> fields,
                             List<Section> sections) {

    public FormDefinition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        fields = List.copyOf(fields);
        sections = List.copyOf(sections);
    }

    /** The field of {@code key} (any spelling: {@code Context Pack}, {@code context_pack}). */
    public Optional<Field> field(String key) {
        String k = key.equals("heading") ? key : Keys.canonical(key);
        return fields.stream().filter(f -> f.key().equals(k)).findFirst();
    }

    /** The first section titled {@code title}, ignoring case and markup. */
    public Optional<Section> section(String title) {
        return sections.stream().filter(s -> Heading.plain(s.title()).equalsIgnoreCase(title.strip())).findFirst();
    }

    /** The sections a rule requires. */
    public List<Section> requiredSections() {
        return sections.stream().filter(Section::required).toList();
    }

    /** The bytes the form was read from. */
    public byte[] bytes() {
        return document.bytes();
    }

    /** The document with {@code values} (field key → value) written in; fields not named keep their text. */
    public Document render(Map<String, String> values) {
        return TemplateFill.apply(this, values, Map.of(), false);
    }

    /**
     * The document with field values and section bodies (section title → the text under its heading) written in.
     */
    public Document render(Map<String, String> values, Map<String, String> sectionBodies) {
        return TemplateFill.apply(this, values, sectionBodies, false);
    }
}
