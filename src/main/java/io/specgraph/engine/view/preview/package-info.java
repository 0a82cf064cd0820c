/**
 * The document preview, toolkit-free: markdown rendered to a complete, locked-down HTML page (raw HTML escaped, URLs
 * sanitised, a Content-Security-Policy that lets only the bundled mermaid script run and loads nothing from the
 * network), front matter as a table, mermaid fences as diagrams, and what a clicked link may do. The desktop app's
 * preview tab shows the page in a WebView.
 */
package io.specgraph.engine.view.preview;
