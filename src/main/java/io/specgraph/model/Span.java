package io.specgraph.model;

/**
 * A place in a document's decoded text: a character offset and length (0-based) and the 1-based line and
 * column where it starts.
 */
public record Span(int offset, int length, int line, int column) {

    public static final Span NONE = new Span(0, 0, 0, 0);

    public Span {
        if (offset < 0 || length < 0 || line < 0 || column < 0) {
            throw new IllegalArgumentException("negative span " + offset + "+" + length + " @" + line + ":" + column);
        }
    }

    public int end() {
        return offset + length;
    }

    public boolean isKnown() {
        return line > 0;
    }
}
