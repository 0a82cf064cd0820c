package io.specgraph.graph;

import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;
import io.specgraph.model.Ref;
import io.specgraph.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Reading the references a metadata value holds (model.md §3), for the graph and the rules alike. */
public final class References {

    private References() {
    }

    /** The references a value holds, each with its own span when the value was written item by item. */
    public static List<Ref> of(MetaValue value) {
        List<Ref> out = new ArrayList<>();
        List<String> items = value.items();
        boolean perItem = value.itemSpans().size() == items.size();
        for (int i = 0; i < items.size(); i++) {
            Span span = perItem ? value.itemSpans().get(i) : value.span();
            Ref ref = Ref.parse(items.get(i), value.path(), span);
            if (ref != null) {
                out.add(ref);
            }
        }
        return out;
    }

    /** The references under {@code key} of {@code node} (empty when the key is absent). */
    public static List<Ref> of(Node node, String key) {
        return node.meta().get(key).map(References::of).orElse(List.of());
    }
}
