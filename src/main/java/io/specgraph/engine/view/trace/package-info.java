/**
 * Traceability boards computed from one workspace snapshot, without a UI toolkit: the initiatives dashboard
 * (initiative → platform specs → repos → component specs, with fan-out progress), the traceability matrix
 * (platform specs × component repos, platform specs × contracts), the seed 001 §1.15 success metrics that files
 * allow computing, and the matrix as RFC 4180 CSV.
 */
package io.specgraph.engine.view.trace;
