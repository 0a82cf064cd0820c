package io.specgraph.engine.view.preview;

/**
 * How a preview page is rendered.
 *
 * @param dark     dark theme colours (and mermaid's dark theme) instead of light ones
 * @param diagrams run the bundled mermaid on {@code ```mermaid} fences; without it they stay as their source text
 */
public record PreviewOptions(boolean dark, boolean diagrams) {

    public static PreviewOptions lightTheme() {
        return new PreviewOptions(false, true);
    }

    public static PreviewOptions darkTheme() {
        return new PreviewOptions(true, true);
    }

    public PreviewOptions withDark(boolean on) {
        return new PreviewOptions(on, diagrams);
    }
}
