/**
 * The ADR board tab: ADR cards in columns by lifecycle state, filtered global / local and by repo
 * ({@link io.specgraph.ui.adr.AdrBoardView}, its toolkit-free {@link io.specgraph.ui.adr.AdrBoardViewModel});
 * cards come from {@link io.specgraph.engine.view.review.AdrBoard}.
 */
package io.specgraph.ui.adr;
