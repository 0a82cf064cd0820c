package io.specgraph.engine.view.workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What fanning out a platform spec would create.
 *
 * @param platformSpecKey the platform spec's node key as asked
 * @param platformSpecId  its id, or "" when there is no such platform spec
 * @param items           one per fan-out task, in file order
 * @param problem         why nothing can be fanned out (no such platform spec, no fan-out tasks), else ""
 */
public record FanOutPlan(String platformSpecKey, String platformSpecId, List<FanOutItem> items, String problem) {

    public FanOutPlan {
        Objects.requireNonNull(platformSpecKey, "platformSpecKey");
        platformSpecId = platformSpecId == null ? "" : platformSpecId;
        items = List.copyOf(items);
        problem = problem == null ? "" : problem;
    }

    static FanOutPlan refused(String key, String id, String problem) {
        return new FanOutPlan(key, id, List.of(), problem);
    }

    /** The item of task {@code key}. */
    public Optional<FanOutItem> item(String key) {
        return items.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** The keys of the items Create would write (the default selection). */
    public List<String> creatableKeys() {
        return items.stream().filter(FanOutItem::creatable).map(FanOutItem::key).toList();
    }
}
