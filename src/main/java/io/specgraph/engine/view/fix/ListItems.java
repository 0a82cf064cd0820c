package io.specgraph.engine.view.fix;

import io.specgraph.model.MetaValue;
import io.specgraph.model.Span;
import io.specgraph.parse.Document;
import io.specgraph.template.MetaEditor;

import java.util.ArrayList;
import java.util.List;

/** Rewriting one item of a metadata list in place. */
final class ListItems {

    private ListItems() {
    }

    /**
     * {@code doc} with item {@code index} of {@code value} replaced by {@code item}: only the item's text when it
     * was read item by item, else the value rewritten in its own style.
     */
    static Document replace(Document doc, String repo, MetaValue value, int index, String item) {
        String old = value.items().get(index);
        if (value.itemSpans().size() == value.items().size()) {
            Span span = value.itemSpans().get(index);
            int at = doc.textOf(span).indexOf(old);
            if (at >= 0) {
                return doc.replace(span.offset() + at, old.length(), item);
            }
        }
        List<String> items = new ArrayList<>(value.items());
        items.set(index, item);
        return MetaEditor.apply(doc, repo, value, value.key(), MetaEditor.Op.SET, String.join(", ", items)).after();
    }
}
