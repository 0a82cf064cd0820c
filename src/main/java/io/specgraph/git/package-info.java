/**
 * Git, through JGit only: clone ({@link io.specgraph.git.GitClone}), fetch and pull
 * ({@link io.specgraph.git.GitSync}), push ({@link io.specgraph.git.GitPush}), status, diff, commit and branches
 * ({@link io.specgraph.git.GitRepo}), history ({@link io.specgraph.git.GitLog}) and demo repos with local bare
 * remotes ({@link io.specgraph.git.LocalRepo}). Long operations report to a {@link io.specgraph.git.ProgressListener}
 * and can be cancelled; logins, SSH and timeouts come from {@link io.specgraph.git.RemoteAccess}. Failures surface as
 * {@link io.specgraph.git.GitException} with a {@link io.specgraph.git.Fault} and a message safe to show a user; no
 * operation loses uncommitted work or leaves a half-cloned folder.
 */
package io.specgraph.git;
