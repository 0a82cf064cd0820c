package io.specgraph.engine.view.commit;

import io.specgraph.model.Keys;
import io.specgraph.model.MetaValue;
import io.specgraph.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The metadata differences between two versions of a document, in the words of {@code specgraph set}:
 * {@code status Draft → Approved}, {@code blocked_by += ADR-100}, {@code blocked_by -= ADR-9},
 * {@code context_pack = CP-CART@v3} (added), {@code owner removed}, {@code title}. Status first, then version and
 * title, then the other keys in alphabetical order; list items in the order written.
 */
final class MetaDiff {

    private MetaDiff() {
    }

    static List<String> details(Node before, Node after) {
        Map<String, MetaValue> a = DocumentChanges.written(before);
        Map<String, MetaValue> b = DocumentChanges.written(after);
        List<String> out = new ArrayList<>();
        scalar(Keys.STATUS, before.status(), after.status(), out);
        scalar(Keys.VERSION, before.version(), after.version(), out);
        if (!before.title().equals(after.title())) {
            out.add(Keys.TITLE);
        }
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        keys.removeAll(Set.of(Keys.STATUS, Keys.VERSION, Keys.TITLE));
        for (String k : keys) {
            MetaValue x = a.get(k);
            MetaValue y = b.get(k);
            if (Keys.isList(k) && x != null && y != null) {
                list(k, x.items(), y.items(), out);
            } else {
                scalar(k, x == null ? null : x.value(), y == null ? null : y.value(), out);
            }
        }
        return out;
    }

    private static void scalar(String key, String was, String is, List<String> out) {
        String x = blankToNull(was);
        String y = blankToNull(is);
        if (Objects.equals(x, y)) {
            return;
        }
        if (x == null) {
            out.add(key + " = " + y);
        } else if (y == null) {
            out.add(key + " removed");
        } else {
            out.add(key + " " + x + " → " + y);
        }
    }

    private static void list(String key, List<String> was, List<String> is, List<String> out) {
        Set<String> x = new LinkedHashSet<>(was.stream().map(String::strip).toList());
        Set<String> y = new LinkedHashSet<>(is.stream().map(String::strip).toList());
        y.stream().filter(i -> !x.contains(i)).forEach(i -> out.add(key + " += " + i));
        x.stream().filter(i -> !y.contains(i)).forEach(i -> out.add(key + " -= " + i));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
