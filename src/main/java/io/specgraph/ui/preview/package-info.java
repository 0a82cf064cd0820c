/**
 * The document preview tab: the rendered markdown of the document being edited in a locked-down WebView (no script
 * from the document runs, nothing is loaded from the network, links open outside the app only after asking), with
 * mermaid diagrams drawn offline by the bundled library.
 */
package io.specgraph.ui.preview;
