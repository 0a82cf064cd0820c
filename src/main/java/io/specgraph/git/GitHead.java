package io.specgraph.git;

import org.eclipse.jgit.lib.BranchTrackingStatus;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The files of the last commit (HEAD): their paths and their bytes, to compare with the work tree. */
final class GitHead {

    private GitHead() {
    }

    static List<String> files(GitRepo repo) throws GitException {
        repo.checkPresent();
        Repository r = repo.repository();
        List<String> out = new ArrayList<>();
        try (ObjectReader reader = r.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            ObjectId head = r.resolve(Constants.HEAD);
            if (head == null) {
                return out;
            }
            try (TreeWalk tw = new TreeWalk(reader)) {
                tw.addTree(walk.parseCommit(head).getTree());
                tw.setRecursive(true);
                while (tw.next()) {
                    if ((tw.getRawMode(0) & FileMode.TYPE_MASK) == FileMode.TYPE_FILE) {
                        out.add(tw.getPathString());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("listing the files of HEAD", repo.workTree(), e);
        }
        return out;
    }

    static Optional<byte[]> read(GitRepo repo, String path) throws GitException {
        repo.checkPresent();
        Repository r = repo.repository();
        try (ObjectReader reader = r.newObjectReader(); RevWalk walk = new RevWalk(reader)) {
            ObjectId head = r.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            try (TreeWalk tw = TreeWalk.forPath(reader, path, walk.parseCommit(head).getTree())) {
                if (tw == null || (tw.getRawMode(0) & FileMode.TYPE_MASK) != FileMode.TYPE_FILE) {
                    return Optional.empty();
                }
                return Optional.of(reader.open(tw.getObjectId(0)).getBytes());
            }
        } catch (IOException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("reading " + path + " at HEAD", repo.workTree(), e);
        }
    }

    /** Commits on the current branch its upstream lacks, newest first, as {@code abbrev subject}; at most 50. */
    static List<String> unpushed(GitRepo repo) throws GitException {
        repo.checkPresent();
        Repository r = repo.repository();
        List<String> out = new ArrayList<>();
        try (RevWalk walk = new RevWalk(r)) {
            String branch = r.getBranch();
            ObjectId head = r.resolve(Constants.HEAD);
            BranchTrackingStatus t = branch == null || head == null ? null : BranchTrackingStatus.of(r, branch);
            if (t == null) {
                return out;
            }
            ObjectId upstream = r.resolve(t.getRemoteTrackingBranch());
            walk.markStart(walk.parseCommit(head));
            if (upstream != null) {
                walk.markUninteresting(walk.parseCommit(upstream));
            }
            for (RevCommit c : walk) {
                out.add(c.abbreviate(7).name() + " " + c.getShortMessage());
                if (out.size() >= 50) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("listing unpushed commits", repo.workTree(), e);
        }
        return out;
    }
}
