/**
 * Workflows that write several linked documents at once, toolkit-free: fan-out (a platform spec's fan-out tasks
 * become component specs in their repos, and the platform spec's {@code children} list them), hotfix routing
 * (seed 001 §1.13: the route a production fix takes and the documents it needs), the ADR lifecycle (in review,
 * approve / reject updating the specs it blocks, supersede both sides) and OpenSpec changes (stage, archive).
 * The desktop dialogs build on it.
 */
package io.specgraph.engine.view.workflow;
