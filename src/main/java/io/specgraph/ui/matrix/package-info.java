/**
 * The traceability matrix: platform specs × component repos (or × contracts), with a cell per spec and repo,
 * missing fan-out targets marked, coverage and success-metric figures, and CSV export. Data comes from
 * {@link io.specgraph.engine.view.trace.Matrix} and {@link io.specgraph.engine.view.trace.Metrics}.
 */
package io.specgraph.ui.matrix;
