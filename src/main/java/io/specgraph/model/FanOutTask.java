package io.specgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * A fan-out task of a platform spec's tasks (seed 001 §1.7): the hand-off to one component repo.
 *
 * @param path   the tasks file
 * @param line   the task's line
 * @param taskId its id ({@code T010}), or null
 * @param text   its description
 * @param done   checked
 * @param fields its fields: {@code component_repo}, {@code platform_spec_id}, {@code context_pack_version},
 *               {@code contract_change}, {@code blocked_by}
 */
public record FanOutTask(String path, int line, String taskId, String text, boolean done, Metadata fields) {

    public FanOutTask {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(fields, "fields");
        text = text == null ? "" : text;
    }

    public String componentRepo() {
        return fields.value(Keys.COMPONENT_REPO);
    }

    public String platformSpecId() {
        return fields.value(Keys.PLATFORM_SPEC_ID);
    }

    public String contextPackVersion() {
        return fields.value(Keys.CONTEXT_PACK_VERSION);
    }

    /** {@code yes} / {@code no} as written, or null. */
    public String contractChange() {
        return fields.value(Keys.CONTRACT_CHANGE);
    }

    public List<String> blockedBy() {
        return fields.items(Keys.BLOCKED_BY);
    }
}
