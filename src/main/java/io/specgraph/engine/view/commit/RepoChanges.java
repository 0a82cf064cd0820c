package io.specgraph.engine.view.commit;

import io.specgraph.git.RepoStatus;
import io.specgraph.model.RepoSpec;

import java.util.List;
import java.util.Objects;

/**
 * One repo's pending work: its changed files (with git's status), the commits not pushed yet, what the changes mean
 * for its documents, and whether committing regenerates its {@code spec-graph.json}.
 *
 * @param branch      the current branch (null when detached)
 * @param upstream    the branch it pushes to ({@code origin/main}), or null
 * @param unpushed    {@code abbrev subject} of each commit not pushed yet, newest first
 * @param regenerates committing rewrites {@code spec-graph.json} from the documents (it is out of date)
 * @param error       why the repo could not be read, or null
 */
public record RepoChanges(RepoSpec spec, String branch, String upstream, int ahead, int behind,
                          List<RepoStatus.FileChange> files, List<String> unpushed, List<ChangeNote> notes,
                          boolean regenerates, String error) {

    public RepoChanges {
        Objects.requireNonNull(spec, "spec");
        files = List.copyOf(files);
        unpushed = List.copyOf(unpushed);
        notes = List.copyOf(notes);
    }

    public String repo() {
        return spec.name();
    }

    /** True when there is something to commit or to push. */
    public boolean hasWork() {
        return !files.isEmpty() || ahead > 0 || regenerates;
    }

    RepoChanges withRegenerates(boolean r) {
        return new RepoChanges(spec, branch, upstream, ahead, behind, files, unpushed, notes, r, error);
    }
}
