/**
 * The initiatives dashboard: every initiative with its progress, expandable to platform specs → repos → component
 * specs, with statuses, gate health and fan-out progress; filters by text, state and problems. Data comes from
 * {@link io.specgraph.engine.view.trace.Initiatives}.
 */
package io.specgraph.ui.initiatives;
