/**
 * Workflows that write several linked documents at once, toolkit-free: fan-out (a platform spec's fan-out tasks
 * become component specs in their repos, and the platform spec's {@code children} list them) and hotfix routing
 * (seed 001 §1.13: the route a production fix takes and the documents it needs). The desktop wizards build on it.
 */
package io.specgraph.engine.view.workflow;
