/**
 * Git, through JGit only: creating repos with local bare remotes (the demo workspace), and later clone, fetch,
 * pull, commit and push across a workspace. Failures surface as {@link io.specgraph.git.GitException} with a
 * message safe to show a user.
 */
package io.specgraph.git;
