package io.specgraph.git;

import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The unified diff of one file between HEAD and the work tree. */
final class GitDiff {

    private GitDiff() {
    }

    static String againstHead(GitRepo repo, String path) throws GitException {
        repo.checkPresent();
        Repository r = repo.repository();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DiffFormatter f = new DiffFormatter(out); ObjectReader reader = r.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            f.setRepository(r);
            f.setPathFilter(PathFilter.create(path));
            ObjectId head = r.resolve(Constants.HEAD);
            AbstractTreeIterator old = head == null ? new EmptyTreeIterator()
                    : new CanonicalTreeParser(null, reader, walk.parseCommit(head).getTree());
            f.format(old, new FileTreeIterator(r));
            f.flush();
        } catch (IOException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("diffing " + path, repo.workTree(), e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
