package io.specgraph.engine.view.commit;

import io.specgraph.engine.Workspace;
import io.specgraph.git.GitException;
import io.specgraph.git.GitRepo;
import io.specgraph.git.RepoStatus;
import io.specgraph.model.RepoSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every uncommitted change and unpushed commit across a workspace's repos, in workspace order, with the commit
 * message they suggest. Repos with nothing to do are left out; a repo that cannot be read is kept with its error.
 */
public record Changes(List<RepoChanges> repos) {

    private static final Logger LOG = LoggerFactory.getLogger(Changes.class);

    public static final Changes NONE = new Changes(List.of());

    public Changes {
        repos = List.copyOf(repos);
    }

    /** Reads the repos' status and what changed in their documents (git work: call in the background). */
    public static Changes read(List<RepoSpec> specs) {
        return read(specs, null);
    }

    /**
     * As {@link #read(List)}, judging whether {@code spec-graph.json} files are out of date from {@code snapshot}
     * (the open workspace, saving a load; null: read the documents from disk).
     */
    public static Changes read(List<RepoSpec> specs, Workspace snapshot) {
        DocumentChanges docs = new DocumentChanges();
        List<RepoChanges> out = new ArrayList<>();
        for (RepoSpec s : specs) {
            if (!Files.isDirectory(s.path())) {
                continue;
            }
            try (GitRepo repo = GitRepo.open(s.path())) {
                RepoStatus st = repo.status();
                List<ChangeNote> notes = docs.of(s, st.files());
                List<String> unpushed = st.ahead() > 0 ? repo.unpushed() : List.of();
                out.add(new RepoChanges(s, st.branch(), st.upstream(), st.ahead(), st.behind(), st.files(), unpushed,
                        notes, false, null));
            } catch (GitException e) {
                LOG.debug("cannot read the changes of {}", s.name(), e);
                out.add(new RepoChanges(s, null, null, 0, 0, List.of(), List.of(), List.of(), false, e.getMessage()));
            }
        }
        if (out.stream().anyMatch(r -> !r.files().isEmpty())) {
            Map<String, byte[]> regen = snapshot != null ? SpecGraphRegen.changed(snapshot)
                    : SpecGraphRegen.changed(specs);
            out.replaceAll(r -> regen.containsKey(r.repo()) ? r.withRegenerates(true) : r);
        }
        return new Changes(out.stream().filter(r -> r.hasWork() || r.error() != null).toList());
    }

    /** The diff of {@code path} in {@code repo} against its last commit ("" when none). */
    public static String diff(RepoSpec repo, String path) throws GitException {
        try (GitRepo r = GitRepo.open(repo.path())) {
            return r.diff(path);
        }
    }

    public Optional<RepoChanges> repo(String name) {
        return repos.stream().filter(r -> r.repo().equals(name)).findFirst();
    }

    public boolean isEmpty() {
        return repos.stream().noneMatch(RepoChanges::hasWork);
    }

    /** The message for every repo's notes. */
    public String message() {
        return CommitMessage.of(repos.stream().flatMap(r -> r.notes().stream()).toList());
    }

    /** The message for the notes of {@code names} only. */
    public String message(java.util.Collection<String> names) {
        return CommitMessage.of(repos.stream().filter(r -> names.contains(r.repo()))
                .flatMap(r -> r.notes().stream()).toList());
    }
}
