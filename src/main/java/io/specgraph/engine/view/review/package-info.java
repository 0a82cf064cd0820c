/**
 * The reviewer's boards, toolkit-free: the reviewer queue ({@link io.specgraph.engine.view.review.ReviewQueue}: what
 * a reviewer must act on across all repos, one row per item) and the ADR board
 * ({@link io.specgraph.engine.view.review.AdrBoard}: ADR cards by lifecycle state). Pure functions of a
 * {@link io.specgraph.engine.Workspace} snapshot, shared by the GUI and the static report.
 */
package io.specgraph.engine.view.review;
