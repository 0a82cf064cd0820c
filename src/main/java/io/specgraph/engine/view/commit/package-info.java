/**
 * Committing back, toolkit-free: what changed across the workspace's repos
 * ({@link io.specgraph.engine.view.commit.Changes}: files with their status, unpushed commits, the
 * {@code spec-graph.json} that a commit regenerates), what those changes mean for the documents
 * ({@link io.specgraph.engine.view.commit.DocumentChanges}, HEAD against the work tree), the commit message prefilled
 * from them ({@link io.specgraph.engine.view.commit.CommitMessage}), and the commit itself
 * ({@link io.specgraph.engine.view.commit.Committer}). Used by the Changes view ({@code ui.commit}).
 */
package io.specgraph.engine.view.commit;
