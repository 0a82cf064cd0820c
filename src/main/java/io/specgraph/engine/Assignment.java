package io.specgraph.engine;

import io.specgraph.model.Keys;
import io.specgraph.template.MetaEditor;

/**
 * One {@code FIELD=VALUE} of {@code specgraph set}: {@code =} sets, {@code +=} appends a list item, {@code -=}
 * removes one.
 */
public record Assignment(String key, MetaEditor.Op op, String value) {

    /** Parses {@code field=value}, {@code field+=item} or {@code field-=item}; null when there is no {@code =}. */
    public static Assignment parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            return null;
        }
        String left = text.substring(0, eq);
        MetaEditor.Op op = MetaEditor.Op.SET;
        if (left.endsWith("+")) {
            op = MetaEditor.Op.ADD;
            left = left.substring(0, left.length() - 1);
        } else if (left.endsWith("-") && !left.equals("-")) {
            op = MetaEditor.Op.REMOVE;
            left = left.substring(0, left.length() - 1);
        }
        if (left.isBlank()) {
            return null;
        }
        return new Assignment(Keys.canonical(left.strip()), op, text.substring(eq + 1));
    }
}
