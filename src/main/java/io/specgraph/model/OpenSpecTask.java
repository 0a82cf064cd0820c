package io.specgraph.model;

import java.util.Objects;

/**
 * A task line as the {@code openspec} CLI counts it (any list marker, a one-character checkbox, counted even inside
 * code fences and HTML comments; only {@code x}/{@code X} is done).
 *
 * @param line        1-based line
 * @param done        the box holds {@code x} or {@code X}
 * @param marker      what the box holds ({@code ""} for {@code [ ]} or {@code []}, {@code x}, {@code ~} …)
 * @param description the text after the box, trimmed
 * @param taskId      the leading task number ({@code 1.2}, {@code 2.3a}), or null
 * @param group       the number of the {@code ## N.} group the line sits in, or null (none, or the file has no
 *                    numbered groups)
 */
public record OpenSpecTask(int line, boolean done, String marker, String description, String taskId, String group) {

    public OpenSpecTask {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(description, "description");
    }
}
