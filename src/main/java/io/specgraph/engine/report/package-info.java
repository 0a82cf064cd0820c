/**
 * {@code specgraph report}: the spec graph as a self-contained static site (no server, no external assets, no
 * scripts) — the graph as SVG, a page per node, the reviewer queue, the ADR log and the traceability matrix — built
 * from the same toolkit-free views as the app ({@link io.specgraph.engine.view}).
 */
package io.specgraph.engine.report;
