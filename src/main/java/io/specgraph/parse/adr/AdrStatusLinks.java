package io.specgraph.parse.adr;

import io.specgraph.model.AdrLink;
import io.specgraph.model.AdrRelation;
import io.specgraph.model.Keys;
import io.specgraph.model.MetaSource;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.parse.MarkdownDoc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects an ADR's links to other ADRs from everywhere they are written: {@code supersedes} /
 * {@code superseded_by} / {@code amends} / {@code amended_by} metadata keys (front matter, bullets), status values
 * that say {@code superseded by …}, and every line of the {@code ## Status} section. The links become
 * {@link AdrLink} parts; those read from status text also become metadata values ({@code superseded_by},
 * {@code supersedes}, {@code amends}, {@code amended_by}) with the span of each target, unless the document already
 * sets that key. Items keep the target as written (a markdown link stays whole, so {@code Ref.parse} sees its path
 * and label); the part adds the id and file it names.
 */
final class AdrStatusLinks {

    private AdrStatusLinks() {
    }

    record Result(List<MetaValue> values, List<AdrLink> links) {
        Result {
            values = List.copyOf(values);
            links = List.copyOf(links);
        }
    }

    private record Placed(AdrLinks.Found found, MetaSource source) {
    }

    static Result read(MarkdownDoc md, Optional<AdrStatus.Section> section) {
        Document doc = md.doc();
        String path = doc.path();
        List<AdrLink> links = new ArrayList<>();
        Set<String> explicitKeys = new HashSet<>();
        for (MetaValue v : md.scan().values()) {
            AdrRelation rel = AdrLinks.relationOfKey(v.key());
            if (rel == null) {
                continue;
            }
            explicitKeys.add(v.key());
            for (int i = 0; i < v.items().size(); i++) {
                Span span = v.itemSpans().size() == v.items().size() ? v.itemSpans().get(i)
                        : v.items().size() == 1 ? v.span() : Span.NONE;
                links.add(AdrLinks.link(rel, v.rawKey(), new AdrLinks.Item(v.items().get(i), span), path));
            }
        }
        List<Placed> fromText = new ArrayList<>();
        for (MetaValue v : md.scan().values()) {
            if (v.key().equals(Keys.STATUS)) {
                AdrLinks.inValue(doc, v).ifPresent(f -> fromText.add(new Placed(f, v.source())));
            }
        }
        section.ifPresent(s -> s.lines().forEach(n -> AdrLinks.find(doc, n, 0, doc.line(n).length(), true)
                .ifPresent(f -> fromText.add(new Placed(f, MetaSource.STATUS_SECTION)))));
        Set<Integer> seen = new HashSet<>();
        Map<String, List<AdrLinks.Item>> byKey = new LinkedHashMap<>();
        Map<String, Placed> firstOfKey = new LinkedHashMap<>();
        for (Placed p : fromText) {
            String key = AdrLinks.key(p.found().relation());
            for (AdrLinks.Item item : p.found().items()) {
                if (!seen.add(item.span().offset())) {
                    continue;
                }
                links.add(AdrLinks.link(p.found().relation(), p.found().label(), item, path));
                if (key != null && !explicitKeys.contains(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
                    firstOfKey.putIfAbsent(key, p);
                }
            }
        }
        List<MetaValue> values = new ArrayList<>();
        byKey.forEach((key, items) -> values.add(value(doc, key, firstOfKey.get(key), items)));
        return new Result(values, links);
    }

    private static MetaValue value(Document doc, String key, Placed first, List<AdrLinks.Item> items) {
        List<String> texts = items.stream().map(AdrLinks.Item::text).toList();
        List<Span> spans = items.stream().map(AdrLinks.Item::span).toList();
        Span a = spans.get(0);
        Span b = spans.get(spans.size() - 1);
        Span span = a.line() == b.line() && b.end() >= a.offset() ? doc.span(a.offset(), b.end() - a.offset()) : a;
        return new MetaValue(key, first.found().label(), String.join(", ", texts), texts, first.source(), doc.path(),
                span, spans);
    }
}
