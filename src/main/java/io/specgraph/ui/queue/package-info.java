/**
 * The reviewer queue tab: one sortable, filterable table of what a reviewer must act on across all repos
 * ({@link io.specgraph.ui.queue.ReviewerQueueView}, its toolkit-free
 * {@link io.specgraph.ui.queue.ReviewerQueueViewModel}); rows come from
 * {@link io.specgraph.engine.view.review.ReviewQueue}.
 */
package io.specgraph.ui.queue;
