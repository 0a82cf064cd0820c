package io.specgraph.template;

import io.specgraph.parse.Document;

/**
 * The outcome of an edit: the new document (the same instance when nothing changed) and a one-line description.
 *
 * @param line the 1-based line of the change in the new document
 */
public record Edit(Document before, Document after, String description, int line) {

    public boolean changed() {
        return before != after;
    }
}
