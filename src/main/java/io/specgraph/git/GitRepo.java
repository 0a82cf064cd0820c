package io.specgraph.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.CheckoutConflictException;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.RefNotFoundException;
import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An open repo with a work tree: status, diff against HEAD, commit, branches. Remote operations are in
 * {@link GitSync} and {@link GitPush}; cloning in {@link GitClone}. Close it when done (try-with-resources).
 */
public final class GitRepo implements AutoCloseable {

    private final Git git;
    private final Path workTree;

    private GitRepo(Git git, Path workTree) {
        this.git = git;
        this.workTree = workTree;
    }

    /** Opens the repo whose work tree is {@code workTree}. */
    public static GitRepo open(Path workTree) throws GitException {
        Path dir = workTree.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new GitException("the folder " + dir + " is gone (deleted or moved). Sync to clone it again",
                    Fault.MISSING_FOLDER, null);
        }
        if (!Files.exists(dir.resolve(Constants.DOT_GIT))) {
            throw new GitException(dir + " is not a git repo (it has no .git). Move it away and sync to clone the repo"
                    + " there, or open a git repo", Fault.NOT_A_REPO, null);
        }
        try {
            Repository r = new FileRepositoryBuilder().setWorkTree(dir.toFile()).setMustExist(true).build();
            return new GitRepo(new Git(r, true), dir);
        } catch (IOException | IllegalArgumentException e) {
            throw Faults.local("opening the repo", dir, e);
        }
    }

    public Path workTree() {
        return workTree;
    }

    Git git() {
        return git;
    }

    Repository repository() {
        return git.getRepository();
    }

    /** Fails with {@link Fault#MISSING_FOLDER} when the work tree was deleted while the repo was open. */
    void checkPresent() throws GitException {
        if (!Files.isDirectory(workTree) || !Files.isDirectory(repository().getDirectory().toPath())) {
            throw new GitException("the folder " + workTree + " is gone (deleted or moved while Specgraph had it open)."
                    + " Sync to clone it again", Fault.MISSING_FOLDER, null);
        }
    }

    /** The current branch, or empty when HEAD is detached. */
    public Optional<String> branch() throws GitException {
        checkPresent();
        try {
            String full = repository().getFullBranch();
            return full != null && full.startsWith(Constants.R_HEADS)
                    ? Optional.of(full.substring(Constants.R_HEADS.length())) : Optional.empty();
        } catch (IOException e) {
            throw Faults.local("reading the branch", workTree, e);
        }
    }

    /** The URL of {@code origin}, if set. */
    public Optional<String> originUrl() {
        return Optional.ofNullable(repository().getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION,
                "origin", ConfigConstants.CONFIG_KEY_URL));
    }

    /** The commit id of HEAD, or empty in a repo without commits. */
    public Optional<String> head() throws GitException {
        checkPresent();
        try {
            ObjectId id = repository().resolve(Constants.HEAD);
            return Optional.ofNullable(id).map(ObjectId::getName);
        } catch (IOException e) {
            throw Faults.local("reading HEAD", workTree, e);
        }
    }

    /** The author git config names ({@code user.name}, {@code user.email}), when both are set explicitly. */
    public Optional<Author> configuredAuthor() {
        UserConfig u = repository().getConfig().get(UserConfig.KEY);
        if (u.isAuthorNameImplicit() || u.isAuthorEmailImplicit() || u.getAuthorName() == null
                || u.getAuthorEmail() == null || u.getAuthorName().isBlank() || u.getAuthorEmail().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Author(u.getAuthorName(), u.getAuthorEmail()));
    }

    public RepoStatus status() throws GitException {
        checkPresent();
        try {
            Repository r = repository();
            Status s = git.status().call();
            List<RepoStatus.FileChange> files = new ArrayList<>();
            Set<String> conflicting = s.getConflicting();
            conflicting.forEach(p -> files.add(new RepoStatus.FileChange(p, RepoStatus.Change.CONFLICTING)));
            add(files, s.getAdded(), RepoStatus.Change.ADDED, conflicting);
            add(files, s.getChanged(), RepoStatus.Change.MODIFIED, conflicting);
            add(files, s.getModified(), RepoStatus.Change.MODIFIED, conflicting);
            add(files, s.getRemoved(), RepoStatus.Change.DELETED, conflicting);
            add(files, s.getMissing(), RepoStatus.Change.DELETED, conflicting);
            add(files, s.getUntracked(), RepoStatus.Change.UNTRACKED, conflicting);
            files.sort(Comparator.comparing(RepoStatus.FileChange::path));
            String branch = branch().orElse(null);
            String upstream = null;
            int ahead = 0;
            int behind = 0;
            if (branch != null) {
                BranchTrackingStatus t = BranchTrackingStatus.of(r, branch);
                if (t != null) {
                    upstream = Repository.shortenRefName(t.getRemoteTrackingBranch());
                    ahead = t.getAheadCount();
                    behind = t.getBehindCount();
                }
            }
            return new RepoStatus(branch, head().orElse(null), upstream, ahead, behind,
                    operation(r.getRepositoryState()), files);
        } catch (GitAPIException | IOException | RuntimeException e) {
            checkPresent();
            throw Faults.local("reading the status", workTree, e);
        }
    }

    private static void add(List<RepoStatus.FileChange> out, Set<String> paths, RepoStatus.Change c, Set<String> skip) {
        for (String p : paths) {
            if (!skip.contains(p) && out.stream().noneMatch(f -> f.path().equals(p))) {
                out.add(new RepoStatus.FileChange(p, c));
            }
        }
    }

    static RepoStatus.Operation operation(RepositoryState s) {
        return switch (s) {
            case SAFE, BARE -> RepoStatus.Operation.NONE;
            case MERGING, MERGING_RESOLVED -> RepoStatus.Operation.MERGE;
            case REBASING, REBASING_MERGE, REBASING_INTERACTIVE, REBASING_REBASING -> RepoStatus.Operation.REBASE;
            default -> RepoStatus.Operation.OTHER;
        };
    }

    /** The unified diff of {@code path} (relative, {@code /}-separated) between HEAD and the work tree; "" if none. */
    public String diff(String path) throws GitException {
        return GitDiff.againstHead(this, path);
    }

    /** The files (not links or submodules) of the last commit, {@code /}-separated; empty without commits. */
    public List<String> headFiles() throws GitException {
        return GitHead.files(this);
    }

    /** The bytes of {@code path} (relative, {@code /}-separated) in the last commit; empty when it has no such file. */
    public Optional<byte[]> readAtHead(String path) throws GitException {
        return GitHead.read(this, path);
    }

    /** The commits on the branch that its upstream does not have yet, newest first (empty without upstream). */
    public List<String> unpushed() throws GitException {
        return GitHead.unpushed(this);
    }

    /**
     * Stages every change (new, modified, deleted files) and commits it with {@code message}, written by
     * {@code author}. Returns the new commit id, or empty when there was nothing to commit.
     */
    public Optional<String> commitAll(String message, Author author) throws GitException {
        return GitCommit.commitAll(this, message, author);
    }

    /** Local branch names, sorted. */
    public List<String> branches() throws GitException {
        checkPresent();
        try {
            return git.branchList().call().stream().map(Ref::getName).map(Repository::shortenRefName).sorted().toList();
        } catch (GitAPIException e) {
            throw Faults.local("listing branches", workTree, e);
        }
    }

    /** Creates {@code name} at HEAD and, if asked, switches to it (uncommitted changes come along). */
    public void createBranch(String name, boolean switchTo) throws GitException {
        checkPresent();
        try {
            if (switchTo) {
                git.checkout().setCreateBranch(true).setName(name).call();
            } else {
                git.branchCreate().setName(name).call();
            }
        } catch (GitAPIException e) {
            throw Faults.local("creating branch " + name, workTree, e);
        }
    }

    /**
     * Switches to {@code name}: a local branch, or one that only exists on {@code origin} (a local branch tracking it
     * is created). Uncommitted changes come along unless they touch files that differ between the branches: then
     * nothing changes and the error lists those files.
     */
    public void switchBranch(String name) throws GitException {
        checkPresent();
        try {
            boolean local = repository().exactRef(Constants.R_HEADS + name) != null;
            boolean remote = repository().exactRef(Constants.R_REMOTES + "origin/" + name) != null;
            if (!local && remote) {
                git.checkout().setCreateBranch(true).setName(name).setStartPoint("origin/" + name)
                        .setUpstreamMode(org.eclipse.jgit.api.CreateBranchCommand.SetupUpstreamMode.TRACK).call();
            } else {
                git.checkout().setName(name).call();
            }
        } catch (CheckoutConflictException e) {
            throw new GitException("cannot switch " + workTree.getFileName() + " to " + name
                    + ": uncommitted changes in " + String.join(", ", e.getConflictingPaths())
                    + " would be overwritten. Commit them first; nothing was changed", Fault.DIRTY, e);
        } catch (RefNotFoundException e) {
            throw new GitException("there is no branch " + name + " in " + workTree.getFileName(), Fault.OTHER, e);
        } catch (GitAPIException | IOException e) {
            throw Faults.local("switching to " + name, workTree, e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
