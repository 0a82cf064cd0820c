package io.specgraph.git;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.Status;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RepositoryState;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stage everything and commit; finishes a merge whose conflicts the user resolved. */
final class GitCommit {

    private GitCommit() {
    }

    static Optional<String> commitAll(GitRepo repo, String message, Author author) throws GitException {
        repo.checkPresent();
        if (message == null || message.isBlank()) {
            throw new GitException("a commit needs a message", Fault.OTHER, null);
        }
        Author who = author != null ? author : repo.configuredAuthor().orElseThrow(() -> new GitException(
                "no author for the commit: set your name and e-mail in Specgraph's settings (or git config user.name"
                        + " and user.email); nothing was committed", Fault.NO_IDENTITY, null));
        Git git = repo.git();
        try {
            RepositoryState state = repo.repository().getRepositoryState();
            if (GitRepo.operation(state) == RepoStatus.Operation.REBASE) {
                throw new GitException(repo.workTree().getFileName() + " is in the middle of a rebase: finish it"
                        + " (resolve the conflicts and continue) or abort it before committing", Fault.CONFLICT, null);
            }
            Status status = refuseMarkers(repo);
            if (status.isClean() && state != RepositoryState.MERGING_RESOLVED && state != RepositoryState.MERGING) {
                return Optional.empty();
            }
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent ident = new PersonIdent(who.name(), who.email());
            RevCommit c = git.commit().setMessage(message).setAuthor(ident).setCommitter(ident).setSign(false).call();
            return Optional.of(c.getName());
        } catch (GitAPIException | RuntimeException e) {
            repo.checkPresent();
            throw Faults.local("committing", repo.workTree(), e);
        }
    }

    /** Fails while a conflicting file still holds conflict markers; returns the status otherwise. */
    static Status refuseMarkers(GitRepo repo) throws GitException, GitAPIException {
        Status status = repo.git().status().call();
        List<String> markers = withConflictMarkers(repo.workTree(), status);
        if (!markers.isEmpty()) {
            throw new GitException("resolve the conflicts in " + String.join(", ", markers) + " first (the files"
                    + " still hold <<<<<<< and >>>>>>> markers); nothing was committed", Fault.CONFLICT, null);
        }
        return status;
    }

    private static List<String> withConflictMarkers(Path workTree, Status status) {
        List<String> out = new ArrayList<>();
        for (String p : status.getConflicting()) {
            Path f = workTree.resolve(p);
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.ISO_8859_1)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith("<<<<<<< ") || line.startsWith(">>>>>>> ")) {
                        out.add(p);
                        break;
                    }
                }
            } catch (IOException e) {
                out.add(p);
            }
        }
        return out;
    }
}
