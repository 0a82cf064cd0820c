package io.specgraph.ui.editor;

/** The line above the editor's text: what happened last, or why something was refused ({@code error}). */
public record EditorNote(String text, boolean error) {
}
