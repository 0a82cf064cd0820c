package io.specgraph.engine.view.trace;

import io.specgraph.model.FanOutTask;

import java.util.List;
import java.util.Objects;

/**
 * The component specs of one platform spec in one repo, and the fan-out tasks that target that repo.
 *
 * @param repo  the repo name (as loaded; as written in the task when no loaded repo has that name)
 * @param known true when the repo is part of the workspace
 * @param specs the component specs there, by id
 * @param tasks the fan-out tasks naming it, in document order
 */
public record RepoGroup(String repo, boolean known, List<SpecEntry> specs, List<FanOutTask> tasks) {

    public RepoGroup {
        Objects.requireNonNull(repo, "repo");
        specs = List.copyOf(specs);
        tasks = List.copyOf(tasks);
    }

    /** A fan-out task names this repo. */
    public boolean planned() {
        return !tasks.isEmpty();
    }

    /** Planned, but no component spec was written there yet. */
    public boolean missing() {
        return planned() && specs.isEmpty();
    }

    /** The ids of the tasks ({@code T010, T021}); a task without id shows its line. */
    public List<String> taskLabels() {
        return tasks.stream().map(t -> t.taskId() != null ? t.taskId() : "line " + t.line()).toList();
    }
}
