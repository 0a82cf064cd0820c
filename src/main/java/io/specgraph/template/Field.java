package io.specgraph.template;

import io.specgraph.model.MetaSource;
import io.specgraph.model.NodeKind;
import io.specgraph.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One metadata field of a form, read from a template or a document.
 *
 * @param key         the canonical key ({@code context_pack}); {@code heading} for the first-level heading
 * @param label       the key as written ({@code Context Pack})
 * @param type        what it holds
 * @param value       its value as written (empty for a placeholder)
 * @param items       the value as a list (for list types)
 * @param guidance    what to write: the template's comment or placeholder text, or ""
 * @param placeholder true when the written value is a template placeholder ({@code [DATE]}, {@code {title}})
 * @param options     the allowed values of an {@link FieldType#ENUM}
 * @param targets     what a reference points at: node kind labels, or {@code repo} / {@code component}
 * @param versioned   true when a reference must carry a version ({@code PLAT-124 v1})
 * @param necessity   how much the form asks for it
 * @param rule        the rule ids that require it, or ""
 * @param source      where the value is written
 * @param span        the value's text in the document (empty span where a value is to be inserted)
 * @param comment     the trailing {@code <!-- … -->} comment on the value's line, or {@link Span#NONE}
 */
public record Field(String key, String label, FieldType type, String value, List<String> items, String guidance,
                    boolean placeholder, List<String> options, List<String> targets, boolean versioned,
                    Necessity necessity, String rule, MetaSource source, Span span, Span comment) {

    public Field {
        Objects.requireNonNull(key, "key");
        label = label == null ? key : label;
        Objects.requireNonNull(type, "type");
        value = value == null ? "" : value;
        items = List.copyOf(items);
        guidance = guidance == null ? "" : guidance;
        options = List.copyOf(options);
        targets = List.copyOf(targets);
        Objects.requireNonNull(necessity, "necessity");
        rule = rule == null ? "" : rule;
        Objects.requireNonNull(source, "source");
        span = span == null ? Span.NONE : span;
        comment = comment == null ? Span.NONE : comment;
    }

    /** The node kinds a reference may point at. */
    public List<NodeKind> targetKinds() {
        return targets.stream().map(NodeKind::fromText).flatMap(Optional::stream).toList();
    }

    /** True when the field holds nothing yet (blank, an empty list marker, or a placeholder). */
    public boolean isEmpty() {
        return placeholder || items.isEmpty() && value.isBlank() || "[]".equals(value.strip());
    }

    /** 1-based line of the value, 0 when unknown. */
    public int line() {
        return span.line();
    }
}
