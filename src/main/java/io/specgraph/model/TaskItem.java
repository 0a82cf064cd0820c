package io.specgraph.model;

import java.util.Objects;

/**
 * A checkbox line in a tasks file or checklist: {@code - [ ] T001 [P] [US1] Create models} (spec-kit),
 * {@code - [x] 1.2 Add endpoint} (OpenSpec), {@code - [ ] CHK001 …} (checklist).
 *
 * @param path     the file
 * @param line     1-based line
 * @param indent   leading spaces (sub-tasks are indented)
 * @param done     checked ({@code [x]} or {@code [X]})
 * @param taskId   {@code T001}, {@code 1.2}, {@code CHK001}, or null
 * @param parallel marked {@code [P]}
 * @param story    the user story label ({@code US1}), or null
 * @param text     the description after the id and markers
 * @param raw      the whole line as written
 * @param group    the nearest heading above it, or ""
 * @param verbatim the line sits in a code block or HTML comment (OpenSpec still counts it; spec-kit rules do not)
 */
public record TaskItem(String path, int line, int indent, boolean done, String taskId, boolean parallel, String story,
                       String text, String raw, String group, boolean verbatim) {

    public TaskItem {
        Objects.requireNonNull(path, "path");
        text = text == null ? "" : text;
        raw = raw == null ? "" : raw;
        group = group == null ? "" : group;
    }
}
