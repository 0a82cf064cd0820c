package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A task file of an OpenSpec change as the CLI reads it for progress and task rules.
 *
 * @param path              the file, repo-relative
 * @param changePath        the file relative to its change folder ({@code tasks.md}), the path OpenSpec reports
 * @param tracked           the change's schema tracks this file ({@code apply.tracks}, else the {@code tasks}
 *                          artifact); false for a top-level {@code tasks.md} read only as the fallback
 * @param tasks             every task line
 * @param numberedGroups    the file has {@code ## N.} group headings (the numbering check reads only such files)
 * @param firstListItemLine the first rendered list item outside fences, comments, front matter and indented code
 *                          (what the "0 tasks" warning points at), 0 when none
 */
public record OpenSpecTaskFile(String path, String changePath, boolean tracked, List<OpenSpecTask> tasks,
                               boolean numberedGroups, int firstListItemLine) {

    public OpenSpecTaskFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(changePath, "changePath");
        tasks = List.copyOf(tasks);
    }

    public int total() {
        return tasks.size();
    }

    public int completed() {
        return (int) tasks.stream().filter(OpenSpecTask::done).count();
    }
}
