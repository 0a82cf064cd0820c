package io.specgraph.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.transport.URIish;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Creating a repo from a folder of files, with a bare remote beside it, committed and pushed: works offline. */
public final class LocalRepos {

    public static final String BRANCH = "main";
    private static final PersonIdent DEMO_AUTHOR = new PersonIdent("Specgraph Demo", "demo@specgraph.invalid");

    private LocalRepos() {
    }

    /**
     * Turns {@code workTree} (already holding files) into a git repo whose {@code origin} is a new bare repo at
     * {@code bare}, commits everything with {@code message} and pushes {@code main}.
     */
    public static void initWithBareRemote(Path workTree, Path bare, String message) throws GitException {
        try (Git remote = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(BRANCH).call();
             Git git = Git.init().setDirectory(workTree.toFile()).setInitialBranch(BRANCH).call()) {
            remote.getRepository().close();
            StoredConfig config = git.getRepository().getConfig();
            config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, false);
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, "origin", "url", bare.toUri().toString());
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, "origin", "fetch",
                    "+refs/heads/*:refs/remotes/origin/*");
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_REMOTE, "origin");
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_MERGE,
                    "refs/heads/" + BRANCH);
            config.save();
            git.add().addFilepattern(".").call();
            git.commit().setMessage(message).setAuthor(DEMO_AUTHOR).setCommitter(DEMO_AUTHOR).setSign(false).call();
            git.push().setRemote(new URIish(bare.toUri().toString()).toString()).add(BRANCH).call();
            git.fetch().setRemote("origin").call();
        } catch (GitAPIException | IOException | URISyntaxException e) {
            throw new GitException("could not create the git repo in " + workTree + ": " + e.getMessage(), e);
        }
    }
}
