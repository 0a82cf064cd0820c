package io.specgraph.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.StoredConfig;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A new repo with a bare remote beside it (the demo workspace): commit the work tree as it is, with a given author
 * and date, and push {@code main}. The user's git configuration plays no part (no signing, no line-ending
 * conversion). Close it when done.
 */
public final class LocalRepo implements AutoCloseable {

    public static final String BRANCH = "main";

    private final Git git;
    private final Path bare;

    private LocalRepo(Git git, Path bare) {
        this.git = git;
        this.bare = bare;
    }

    /** Creates an empty repo in {@code workTree} whose {@code origin} is a new bare repo at {@code bare}. */
    public static LocalRepo create(Path workTree, Path bare) throws GitException {
        try (Git remote = Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch(BRANCH).call()) {
            Git git = Git.init().setDirectory(workTree.toFile()).setInitialBranch(BRANCH).call();
            StoredConfig config = git.getRepository().getConfig();
            config.setBoolean(ConfigConstants.CONFIG_CORE_SECTION, null, ConfigConstants.CONFIG_KEY_AUTOCRLF, false);
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, "origin", "url", remote(bare));
            config.setString(ConfigConstants.CONFIG_REMOTE_SECTION, "origin", "fetch",
                    "+refs/heads/*:refs/remotes/origin/*");
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_REMOTE, "origin");
            config.setString(ConfigConstants.CONFIG_BRANCH_SECTION, BRANCH, ConfigConstants.CONFIG_KEY_MERGE,
                    "refs/heads/" + BRANCH);
            config.save();
            return new LocalRepo(git, bare);
        } catch (GitAPIException | IOException e) {
            throw new GitException("could not create a git repo in " + workTree + ": " + e.getMessage(), e);
        }
    }

    /** The remote URL of a bare repo folder. */
    public static String remote(Path bare) {
        return bare.toAbsolutePath().toUri().toString();
    }

    /** Stages every change of the work tree (new, modified and deleted files) and commits it. */
    public void commitAll(String message, String name, String email, Instant when) throws GitException {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent who = new PersonIdent(name, email, when, ZoneOffset.UTC);
            git.commit().setMessage(message).setAuthor(who).setCommitter(who).setSign(false).setAllowEmpty(true).call();
        } catch (GitAPIException e) {
            throw new GitException("could not commit in " + git.getRepository().getWorkTree() + ": " + e.getMessage(), e);
        }
    }

    /** Pushes {@code main} to {@code origin} and fetches it back, so the tracking branch is set. */
    public void push() throws GitException {
        try {
            git.push().setRemote("origin").add(BRANCH).call();
            git.fetch().setRemote("origin").call();
        } catch (GitAPIException e) {
            throw new GitException("could not push to " + remote(bare) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
