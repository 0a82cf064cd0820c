package io.specgraph.git;

import org.eclipse.jgit.api.CloneCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Clones a remote into a folder, with progress and cancel. The clone is made in a hidden folder beside the target
 * and moved into place only when complete, so a failed or cancelled clone leaves no half folder.
 */
public final class GitClone {

    static final String TEMP_SUFFIX = ".cloning-";

    private GitClone() {
    }

    /** A finished clone: its folder, the branch checked out, the commit at HEAD (null for an empty repo). */
    public record Result(Path dir, String branch, String head) {
    }

    /**
     * Clones {@code url} into {@code dir} (which must not exist, or be an empty folder) and checks out
     * {@code branch} (null: the remote's default branch).
     */
    public static Result clone(String url, String branch, Path dir, RemoteAccess access, ProgressListener progress)
            throws GitException {
        Path target = dir.toAbsolutePath().normalize();
        String what = "cloning " + url;
        try {
            if (Files.exists(target) && !(Files.isDirectory(target) && Trees.isEmptyFolder(target))) {
                throw new GitException(what + " refused: " + target + " already exists and is not empty. Move it away"
                        + " (or point the workspace at it as a local folder); nothing was changed", Fault.NOT_A_REPO,
                        null);
            }
            Files.createDirectories(target.getParent());
            Trees.deleteStaleClones(target);
        } catch (IOException e) {
            throw Faults.local(what, target, e);
        }
        Path temp = target.resolveSibling("." + target.getFileName() + TEMP_SUFFIX + UUID.randomUUID());
        RemoteAccess.Attempt attempt = access.attempt(url);
        String checkedOut;
        String head;
        try {
            JGitProgress.checkCancelled(progress, what);
            CloneCommand cmd = Git.cloneRepository().setURI(url).setDirectory(temp.toFile())
                    .setProgressMonitor(new JGitProgress(progress));
            if (branch != null) {
                cmd.setBranch(branch);
            }
            try (Git git = attempt.apply(cmd).call()) {
                JGitProgress.checkCancelled(progress, what);
                checkedOut = git.getRepository().getBranch();
                ObjectId id = git.getRepository().resolve(Constants.HEAD);
                head = id == null ? null : id.getName();
                if (branch != null && id != null && !branch.equals(checkedOut)) {
                    throw new GitException(what + " failed: the remote has no branch " + branch + ". Check the branch"
                            + " in the workspace file", Fault.NOT_FOUND, null);
                }
            }
            moveIntoPlace(temp, target);
        } catch (GitException e) {
            discard(temp);
            throw e;
        } catch (GitAPIException | IOException | RuntimeException e) {
            discard(temp);
            if (Faults.classify(e) == Fault.AUTH) {
                attempt.refused();
            }
            if (progress != null && progress.isCancelled()) {
                throw new GitException(what + " was cancelled; nothing was kept", Fault.CANCELLED, e);
            }
            throw Faults.transfer(what, url, attempt.user(), e);
        }
        attempt.succeeded();
        return new Result(target, checkedOut, head);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        if (Files.isDirectory(target)) {
            Files.delete(target);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    private static void discard(Path temp) {
        try {
            Trees.deleteRecursively(temp);
        } catch (IOException e) {
            temp.toFile().deleteOnExit();
        }
    }
}
