package io.specgraph.engine.view.commit;

import io.specgraph.engine.ChangeSet;
import io.specgraph.git.Author;
import io.specgraph.git.Fault;
import io.specgraph.git.GitException;
import io.specgraph.git.GitRepo;
import io.specgraph.git.ProgressListener;
import io.specgraph.git.RemoteAccess;
import io.specgraph.model.RepoSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Commits (and pushes) the chosen repos of a workspace in one action: first brings each chosen repo's
 * {@code spec-graph.json} up to date with the documents, then runs the {@link ChangeSet}. Git work: call in the
 * background.
 */
public final class Committer {

    private static final Logger LOG = LoggerFactory.getLogger(Committer.class);

    private Committer() {
    }

    /** What a commit did: each chosen repo's result, and the repos whose spec-graph.json was regenerated. */
    public record Outcome(List<ChangeSet.RepoResult> results, List<String> regenerated) {
        public Outcome {
            results = List.copyOf(results);
            regenerated = List.copyOf(regenerated);
        }

        /** The repos whose push was refused because the server has newer commits (offer fetch, rebase, push). */
        public List<String> rejected() {
            return results.stream().filter(r -> r.fault() == Fault.NON_FAST_FORWARD).map(ChangeSet.RepoResult::repo)
                    .toList();
        }
    }

    /**
     * Commits the repos of {@code all} named in {@code chosen} with {@code message} by {@code author} (null: from git
     * config) and, if {@code push}, pushes them.
     */
    public static Outcome commit(List<RepoSpec> all, Set<String> chosen, String message, Author author, boolean push,
                                 RemoteAccess access, Function<String, ProgressListener> progress) throws IOException {
        Map<String, byte[]> regen = SpecGraphRegen.changed(all);
        List<String> written = SpecGraphRegen.write(all, regen, chosen);
        List<RepoSpec> repos = all.stream().filter(r -> chosen.contains(r.name())).toList();
        return new Outcome(ChangeSet.commit(repos, message, author, push, access, progress), written);
    }

    /** Fetches, rebases the local commits of {@code repo} on the server's and pushes (after a rejected push). */
    public static ChangeSet.RepoResult rebaseAndPush(RepoSpec repo, RemoteAccess access, ProgressListener progress) {
        return ChangeSet.rebaseAndPush(repo, access, progress);
    }

    /** {@link #rebaseAndPush(RepoSpec, RemoteAccess, ProgressListener)} for each of {@code repos}, in order. */
    public static List<ChangeSet.RepoResult> rebaseAndPush(List<RepoSpec> repos, RemoteAccess access,
                                                           Function<String, ProgressListener> progress) {
        List<ChangeSet.RepoResult> out = new ArrayList<>();
        for (RepoSpec r : repos) {
            out.add(ChangeSet.rebaseAndPush(r, access, progress.apply(r.name())));
        }
        return out;
    }

    /** The author the first repo's git config names ({@code user.name}, {@code user.email}), if any does. */
    public static Optional<Author> configuredAuthor(List<RepoSpec> repos) {
        for (RepoSpec s : repos) {
            if (!Files.isDirectory(s.path())) {
                continue;
            }
            try (GitRepo r = GitRepo.open(s.path())) {
                Optional<Author> a = r.configuredAuthor();
                if (a.isPresent()) {
                    return a;
                }
            } catch (GitException e) {
                LOG.debug("no author from {}", s.name(), e);
            }
        }
        return Optional.empty();
    }

    /** One line per repo for the user: {@code cart: pushed 1a2b3c4}, {@code payments: push failed — …}. */
    public static String describe(ChangeSet.RepoResult r) {
        String id = r.commit() == null ? "" : " " + r.commit().substring(0, Math.min(7, r.commit().length()));
        return switch (r.step()) {
            case NOTHING -> r.repo() + ": nothing to commit";
            case COMMITTED -> r.repo() + ": committed" + id;
            case PUSHED -> r.repo() + ": pushed" + id;
            case PUSH_FAILED -> r.repo() + ": committed" + id + ", push failed — " + r.message();
            case COMMIT_FAILED -> r.repo() + ": commit failed — " + r.message();
        };
    }
}
