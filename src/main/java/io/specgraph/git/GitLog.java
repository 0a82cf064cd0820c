package io.specgraph.git;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reading a repo's history (read-only, JGit): the versions of a file along the first-parent line of HEAD, the
 * files deleted and not restored, the last commit of a file. Bounded: at most {@link #MAX_COMMITS} commits are read.
 */
public final class GitLog implements AutoCloseable {

    /** How many commits a history query reads at most. */
    public static final int MAX_COMMITS = 10_000;

    private final Repository repo;

    private GitLog(Repository repo) {
        this.repo = repo;
    }

    /** The history of the repo at {@code workTree}, when it is a git repo with at least one commit. */
    public static Optional<GitLog> open(Path workTree) {
        if (!Files.exists(workTree.resolve(".git"))) {
            return Optional.empty();
        }
        try {
            Repository r = new FileRepositoryBuilder().setWorkTree(workTree.toFile()).setMustExist(true).build();
            if (r.resolve(Constants.HEAD) == null) {
                r.close();
                return Optional.empty();
            }
            return Optional.of(new GitLog(r));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One version of a file: the commit that wrote it and the bytes. */
    public record Revision(String commit, long epochSeconds, byte[] bytes) {
    }

    /** A file deleted in the history and absent at HEAD: the deleting commit and its last content. */
    public record Deletion(String path, String commit, byte[] lastBytes) {
    }

    /** The distinct contents {@code path} had in commits reachable from HEAD, oldest first. */
    public List<Revision> revisions(String path) throws GitException {
        List<Revision> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            walk.markStart(walk.parseCommit(repo.resolve(Constants.HEAD)));
            ObjectId last = null;
            int seen = 0;
            for (RevCommit c : walk) {
                if (++seen > MAX_COMMITS) {
                    break;
                }
                try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
                    ObjectId blob = tw == null ? null : tw.getObjectId(0);
                    if (blob != null && !blob.equals(last)) {
                        out.add(new Revision(c.getName(), c.getCommitTime(), reader.open(blob).getBytes()));
                    }
                    last = blob;
                }
            }
        } catch (IOException e) {
            throw new GitException("could not read the history of " + path + ": " + e.getMessage(), e);
        }
        Collections.reverse(out);
        return out;
    }

    /** The last commit (full id) that changed {@code path}, or empty. */
    public Optional<String> lastCommit(String path) {
        try (RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(repo.resolve(Constants.HEAD)));
            walk.setTreeFilter(org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(PathFilter.create(path),
                    TreeFilter.ANY_DIFF));
            RevCommit c = walk.next();
            return c == null ? Optional.empty() : Optional.of(c.getName());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Files matching {@code interesting} that some commit deleted and HEAD does not hold again. */
    public List<Deletion> deletions(Predicate<String> interesting) throws GitException {
        List<Deletion> out = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
            RevCommit head = walk.parseCommit(repo.resolve(Constants.HEAD));
            Set<String> atHead = new HashSet<>();
            Set<ObjectId> blobsAtHead = new HashSet<>();
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(head.getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    atHead.add(tw.getPathString());
                    blobsAtHead.add(tw.getObjectId(0));
                }
            }
            walk.markStart(head);
            int seen = 0;
            for (RevCommit c : walk) {
                if (++seen > MAX_COMMITS || c.getParentCount() == 0) {
                    continue;
                }
                RevCommit parent = walk.parseCommit(c.getParent(0));
                try (TreeWalk tw = new TreeWalk(reader)) {
                    tw.addTree(parent.getTree());
                    tw.addTree(c.getTree());
                    tw.setRecursive(true);
                    tw.setFilter(TreeFilter.ANY_DIFF);
                    for (DiffEntry d : DiffEntry.scan(tw)) {
                        String p = d.getOldPath();
                        if (d.getChangeType() == DiffEntry.ChangeType.DELETE && interesting.test(p)
                                && !atHead.contains(p) && !blobsAtHead.contains(d.getOldId().toObjectId())
                                && reported.add(p)) {
                            out.add(new Deletion(p, c.getName(), bytes(reader, d.getOldId().toObjectId())));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new GitException("could not read the history: " + e.getMessage(), e);
        }
        return out;
    }

    private static byte[] bytes(ObjectReader reader, ObjectId id) throws IOException {
        try {
            return reader.open(id).getBytes();
        } catch (MissingObjectException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() {
        repo.close();
    }
}
