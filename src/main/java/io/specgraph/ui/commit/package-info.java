/**
 * The Changes view: every modified file across the workspace's repos with its diff, unpushed commits, a commit
 * message prefilled from what changed, and commit (and push) per repo or all at once
 * ({@link io.specgraph.ui.commit.ChangesView}, its toolkit-free {@link io.specgraph.ui.commit.ChangesViewModel}); the
 * logic is in {@link io.specgraph.engine.view.commit}.
 */
package io.specgraph.ui.commit;
