package io.specgraph.engine.view.fix;

import io.specgraph.model.MetaValue;
import io.specgraph.model.Ref;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The references of a metadata list that a finding is about. */
final class Refs {

    private Refs() {
    }

    /** Item {@code i} of {@code v} as a reference (null when nothing reference-like is written there). */
    static Ref at(MetaValue v, int i) {
        boolean perItem = v.itemSpans().size() == v.items().size();
        return Ref.parse(v.items().get(i), v.path(), perItem ? v.itemSpans().get(i) : v.span());
    }

    /**
     * The indexes of the plain references (an id, not a link) in {@code v} whose id the finding's message names as a
     * whole word: those at the finding's line and column first, then the others (the buffer may have moved on).
     */
    static List<Integer> about(Subject s, MetaValue v) {
        List<Integer> placed = new ArrayList<>();
        List<Integer> named = new ArrayList<>();
        for (int i = 0; i < v.items().size(); i++) {
            Ref ref = at(v, i);
            if (ref == null || ref.id() == null || ref.link() != null || !names(s.finding().message(), ref.id())) {
                continue;
            }
            boolean here = ref.line() == s.finding().line()
                    && (s.finding().column() == 0 || ref.column() == s.finding().column());
            (here ? placed : named).add(i);
        }
        placed.addAll(named);
        return placed;
    }

    /** True when {@code text} holds {@code id} as a whole word ({@code CONTRACT-1} is not in {@code CONTRACT-10}). */
    static boolean names(String text, String id) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])", Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }
}
